import { i18n } from '#i18n';
import { DetailFrame } from './detail/DetailFrame';
import type { PopupView } from './popup-view';
import { TicketTagger } from './TicketTagger';

type TagView = Extract<PopupView, { kind: 'tag' }>;

/**
 * Tags the current tab's ticket with the shared picker, as the sidebar does. The tag is saved
 * locally at once and sent on the next sync; a refusal is shown and the picker stays open.
 */
export function TagTicket({ view, onDone }: { view: TagView; onDone(): void }) {
  const ticket = { id: view.ticket.id, title: view.title, url: view.linkUrl ?? view.url };
  return (
    <DetailFrame
      kind={i18n.t('popup.tag')}
      title={view.ticket.key}
      onBack={onDone}
      focusHeading={false}
    >
      <TicketTagger
        ticket={ticket}
        ticketKey={view.ticket.key}
        onTagged={onDone}
        onClose={onDone}
      />
    </DetailFrame>
  );
}
