import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import type { SidebarState } from '../../lib/sidebar/state-schema';
import { linkArgsFor, type TagTarget } from '../../lib/tagging/link-args';
import type { PickerOption } from '../../lib/tagging/picker-option';
import { ErrorNotice } from '../shared/ErrorNotice';
import { NoFitNote } from '../shared/tag-picker/NoFitNote';
import { useWorkerAction } from '../shared/useWorkerAction';
import { LazyTagPicker } from './LazyTagPicker';
import './tag-bar.css';

type Link = NonNullable<SidebarState['context']>['link'];
interface Undo {
  label: string;
  previous: TagTarget | null;
}

/** Tag, retag, untag and undo; "t" opens the picker from anywhere in the sidebar. */
export function TagBar({ ticket, link }: { ticket: FrameTicket; link: Link | undefined }) {
  const [open, setOpen] = useState<false | 'picker' | 'no-fit'>(false);
  const [undo, setUndo] = useState<Undo>();
  const worker = useWorkerAction();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === 't' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        setOpen('picker');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const previous = targetOf(link);
  const tagTo = (target: TagTarget | null) =>
    target
      ? sendMessage('link.set', linkArgsFor(ticket, target))
      : sendMessage('link.clear', { ticketId: ticket.id });
  const run = async (to: TagTarget | null, next?: Undo) => {
    const reply = await worker.run(() => tagTo(to));
    setUndo(reply?.ok ? next : undefined);
  };
  const pick = (option: PickerOption) => {
    setOpen(false);
    const target = option.kind === 'intent' ? { intentId: option.id } : { bucketId: option.id };
    void run(target, { label: i18n.t('sidebar.taggedTo', [option.title]), previous });
  };
  const saveNoFit = (note: string) => {
    setOpen(false);
    void run({ noFit: true, note }, { label: i18n.t('sidebar.markedNoFit'), previous });
  };

  return (
    <div className="tag-bar">
      {open === 'no-fit' ? (
        <NoFitNote onSave={saveNoFit} onCancel={() => setOpen('picker')} />
      ) : open ? (
        <LazyTagPicker
          label={i18n.t('sidebar.pickerLabel')}
          onPick={pick}
          onNoFit={() => setOpen('no-fit')}
          onClose={() => setOpen(false)}
        />
      ) : (
        <div className="row">
          <button
            type="button"
            className="primary"
            onClick={() => setOpen('picker')}
            title={i18n.t('sidebar.tagTitle')}
          >
            {link ? i18n.t('sidebar.tagDifferently') : i18n.t('sidebar.tag')}
          </button>
          {link && (
            <button
              type="button"
              onClick={() => void run(null, { label: i18n.t('sidebar.tagRemoved'), previous })}
            >
              {i18n.t('sidebar.removeTag')}
            </button>
          )}
        </div>
      )}
      {undo && !open && (
        <p className="undo" role="status">
          {undo.label}{' '}
          <button type="button" className="link-button" onClick={() => void run(undo.previous)}>
            {i18n.t('sidebar.undo')}
          </button>
        </p>
      )}
      <ErrorNotice error={worker.error} />
    </div>
  );
}

function targetOf(link: Link | undefined): TagTarget | null {
  if (link?.noFit) return { noFit: true, ...(link.note ? { note: link.note } : {}) };
  if (link?.intentId)
    return { intentId: link.intentId, ...(link.bucketId ? { bucketId: link.bucketId } : {}) };
  if (link?.bucketId) return { bucketId: link.bucketId };
  return null;
}
