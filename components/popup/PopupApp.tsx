import { useId, useState } from 'react';
import { CurrentTicket } from './CurrentTicket';
import { NeedsAttention } from './NeedsAttention';
import { SearchResults } from './SearchResults';
import { SyncFooter } from './SyncFooter';

export function PopupApp() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  return (
    <main className="popup">
      <label htmlFor={searchId} className="visually-hidden">
        Search missions, goals, intents, buckets and tickets
      </label>
      <input
        id={searchId}
        type="search"
        className="search"
        placeholder="Search goals, intents, tickets…"
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() ? (
        <SearchResults query={query} />
      ) : (
        <>
          <CurrentTicket />
          <NeedsAttention />
        </>
      )}
      <SyncFooter />
    </main>
  );
}
