import { useEffect, useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { FrameTicket } from '../../lib/sidebar/ticket-hash';
import type { PickerOption } from '../../lib/sidebar/picker-search';
import type { SidebarState } from '../../lib/sidebar/state';
import { TagPicker } from './TagPicker';

type Link = NonNullable<SidebarState['context']>['link'];
interface Undo {
  label: string;
  previous: Pick<Link, 'intentId' | 'bucketId'> | null;
}

/** Tag, retag, untag and undo; "t" opens the picker from anywhere in the sidebar. */
export function TagBar({ ticket, link }: { ticket: FrameTicket; link: Link | undefined }) {
  const [open, setOpen] = useState(false);
  const [undo, setUndo] = useState<Undo>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === 't' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const previous = link ? { intentId: link.intentId, bucketId: link.bucketId } : null;
  const run = async (action: Promise<{ ok: boolean; error?: string }>, next?: Undo) => {
    const reply = await action.catch(() => ({
      ok: false,
      error: 'Throughline could not save this; try again.',
    }));
    setError(reply.ok ? undefined : reply.error);
    setUndo(reply.ok ? next : undefined);
  };
  const pick = (option: PickerOption) => {
    setOpen(false);
    const target = option.kind === 'intent' ? { intentId: option.id } : { bucketId: option.id };
    void run(
      sendMessage('link.set', {
        ticketId: ticket.id,
        title: ticket.title,
        url: httpUrl(ticket.url),
        ...target,
      }),
      {
        label: `Tagged to ${option.title}.`,
        previous,
      },
    );
  };
  const clear = () =>
    void run(sendMessage('link.clear', { ticketId: ticket.id }), {
      label: 'Tag removed.',
      previous,
    });
  const revert = (to: Undo['previous']) =>
    void run(
      to && (to.intentId || to.bucketId)
        ? sendMessage('link.set', {
            ticketId: ticket.id,
            title: ticket.title,
            url: httpUrl(ticket.url),
            ...to,
          })
        : sendMessage('link.clear', { ticketId: ticket.id }),
    );

  return (
    <div className="tag-bar">
      {open ? (
        <TagPicker onPick={pick} onClose={() => setOpen(false)} />
      ) : (
        <div className="row">
          <button
            type="button"
            className="primary"
            onClick={() => setOpen(true)}
            title="Tag this ticket (T)"
          >
            {link ? 'Tag differently…' : 'Tag…'}
          </button>
          {link && (
            <button type="button" onClick={clear}>
              Remove tag
            </button>
          )}
        </div>
      )}
      {undo && !open && (
        <p className="undo" role="status">
          {undo.label}{' '}
          <button type="button" className="link-button" onClick={() => revert(undo.previous)}>
            Undo
          </button>
        </p>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function httpUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
