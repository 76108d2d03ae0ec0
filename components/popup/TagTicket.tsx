import { sendMessage } from '../../lib/messaging/send';
import { linkArgsFor } from '../../lib/tagging/link-args';
import type { PickerOption } from '../../lib/tagging/picker-search';
import { ErrorNotice } from '../shared/ErrorNotice';
import { TagPicker } from '../shared/tag-picker/TagPicker';
import { useWorkerAction } from '../shared/useWorkerAction';
import { DetailFrame } from './detail/DetailFrame';
import type { PopupView } from './popup-view';

type TagView = Extract<PopupView, { kind: 'tag' }>;

/**
 * Tags the current tab's ticket with the shared picker, as the sidebar does. The tag is saved
 * locally at once and sent on the next sync; a refusal is shown and the picker stays open.
 */
export function TagTicket({ view, onDone }: { view: TagView; onDone(): void }) {
  const worker = useWorkerAction();
  const ticket = { id: view.ticket.id, title: view.title, url: view.linkUrl ?? view.url };
  const pick = async (option: PickerOption) => {
    const target = option.kind === 'intent' ? { intentId: option.id } : { bucketId: option.id };
    const reply = await worker.run(() => sendMessage('link.set', linkArgsFor(ticket, target)));
    if (reply?.ok) onDone();
  };
  return (
    <DetailFrame kind="Tag" title={view.ticket.key} onBack={onDone} focusHeading={false}>
      <TagPicker
        label={`Tag ${view.ticket.key} to an intent or a bucket`}
        onPick={(option) => void pick(option)}
        onClose={onDone}
        disabled={worker.busy}
      />
      <ErrorNotice error={worker.error} />
    </DetailFrame>
  );
}
