import { useState } from 'react';
import type { SearchDoc } from '../../lib/search/documents';
import { ticketUrl } from '../../lib/search/ticket-url';
import { CurrentTicket } from './CurrentTicket';
import { DetailView } from './detail/DetailView';
import { InvestmentMix } from './InvestmentMix';
import { NeedsAttention } from './NeedsAttention';
import { openTicket } from './open-ticket';
import { PopupErrorBoundary } from './PopupErrorBoundary';
import { RecentNoFit } from './RecentNoFit';
import { RecentTickets } from './RecentTickets';
import { usePopupViews } from './popup-view';
import { SearchPanel } from './SearchPanel';
import { SyncFooter } from './SyncFooter';
import { TagTicket } from './TagTicket';
import { useActiveTicket, type ActiveTicket } from './useActiveTicket';
import { useSearchIndex } from './useSearchIndex';

/** The toolbar popup, over the ticket of the tab it was opened from. */
export function PopupApp() {
  return <PopupBody active={useActiveTicket()} />;
}

/** The popup for a given tab's ticket: what PopupApp renders, and what tests render directly. */
export function PopupBody({ active }: { active: ActiveTicket }) {
  const search = useSearchIndex();
  const { view, open, back } = usePopupViews();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState('');

  const openResult = (doc: SearchDoc) => {
    if (doc.kind === 'ticket') void openTicket(ticketUrl(doc.entityId, doc.url));
    else open({ kind: doc.kind, id: doc.entityId });
  };

  return (
    <main className="popup">
      <div className="popup-body">
        <PopupErrorBoundary>
          {view?.kind === 'tag' ? (
            <TagTicket view={view} onDone={back} />
          ) : view ? (
            <DetailView view={view} onOpen={open} onBack={back} />
          ) : (
            <>
              <SearchPanel
                search={search}
                query={query}
                onQueryChange={setQuery}
                selected={selected}
                onSelectedChange={setSelected}
                onOpen={openResult}
              />
              {!query.trim() && (
                <>
                  <CurrentTicket active={active} onOpen={open} />
                  {active.state === 'ticket' && <InvestmentMix ticketId={active.ticket.id} />}
                  <NeedsAttention onOpen={open} />
                  <RecentTickets />
                  <RecentNoFit />
                </>
              )}
            </>
          )}
        </PopupErrorBoundary>
      </div>
      <SyncFooter />
    </main>
  );
}
