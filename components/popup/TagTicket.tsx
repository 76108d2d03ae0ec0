import { i18n } from '#i18n';
import { sendMessage } from '../../lib/messaging/send';
import { linkArgsFor, type TagTarget } from '../../lib/tagging/link-args';
import type { PickerOption } from '../../lib/tagging/picker-search';
import { ErrorNotice } from '../shared/ErrorNotice';
import { useState } from 'react';
import { NoFitNote } from '../shared/tag-picker/NoFitNote';
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
  const [noting, setNoting] = useState(false);
  const tag = async (target: TagTarget) => {
    const reply = await worker.run(() => sendMessage('link.set', linkArgsFor(ticket, target)));
    if (reply?.ok) onDone();
  };
  const pick = (option: PickerOption) =>
    tag(option.kind === 'intent' ? { intentId: option.id } : { bucketId: option.id });
  return (
    <DetailFrame
      kind={i18n.t('popup.tag')}
      title={view.ticket.key}
      onBack={onDone}
      focusHeading={false}
    >
      {noting ? (
        <NoFitNote
          onSave={(note) => void tag({ noFit: true, note })}
          onCancel={() => setNoting(false)}
          disabled={worker.busy}
        />
      ) : (
        <TagPicker
          label={i18n.t('popup.tagLabel', [view.ticket.key])}
          onPick={(option) => void pick(option)}
          onNoFit={() => setNoting(true)}
          onClose={onDone}
          disabled={worker.busy}
        />
      )}
      <ErrorNotice error={worker.error} />
    </DetailFrame>
  );
}
