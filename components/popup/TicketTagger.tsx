import { i18n } from '#i18n';
import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import { linkArgsFor, type TaggedTicket, type TagTarget } from '../../lib/tagging/link-args';
import type { PickerOption } from '../../lib/tagging/picker-option';
import { ErrorNotice } from '../shared/ErrorNotice';
import { NoFitNote } from '../shared/tag-picker/NoFitNote';
import { TagPicker } from '../shared/tag-picker/TagPicker';
import { useWorkerAction } from '../shared/useWorkerAction';

interface TicketTaggerProps {
  ticket: TaggedTicket;
  /** `PAY-42`: names the picker ("Tag PAY-42 to an intent or a bucket"). */
  ticketKey: string;
  /** The tag is saved (locally at once; sent on the next sync). */
  onTagged(): void;
  /** Escape on an empty query. */
  onClose(): void;
}

/**
 * The popup's one way to tag a ticket: the shared picker, "No intent fits…" with its note, and the
 * worker's refusal shown in place (the picker then stays open). Used for this tab's ticket and for
 * each recent ticket without a why.
 */
export function TicketTagger({ ticket, ticketKey, onTagged, onClose }: TicketTaggerProps) {
  const worker = useWorkerAction();
  const [noting, setNoting] = useState(false);
  const tag = async (target: TagTarget) => {
    const reply = await worker.run(() => sendMessage('link.set', linkArgsFor(ticket, target)));
    if (reply?.ok) onTagged();
  };
  const pick = (option: PickerOption) =>
    tag(option.kind === 'intent' ? { intentId: option.id } : { bucketId: option.id });
  return (
    <>
      {noting ? (
        <NoFitNote
          onSave={(note) => void tag({ noFit: true, note })}
          onCancel={() => setNoting(false)}
          disabled={worker.busy}
        />
      ) : (
        <TagPicker
          label={i18n.t('popup.tagLabel', [ticketKey])}
          onPick={(option) => void pick(option)}
          onNoFit={() => setNoting(true)}
          onClose={onClose}
          disabled={worker.busy}
        />
      )}
      <ErrorNotice error={worker.error} />
    </>
  );
}
