import { useEffect, useMemo } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { SearchAnswer } from '../../lib/search/search-answer';

/** The worker's search index, asked one query at a time (lib/search/worker-search.ts). */
export interface PopupSearch {
  /** The best few hits of each kind, and how many documents the index holds. */
  search(query: string): Promise<SearchAnswer>;
}

/**
 * The popup's search runs in the worker, which builds the index once and keeps it current, so
 * opening the popup builds nothing. The popup asks once as it opens (an empty query) so that a
 * worker that was stopped starts building before the first keystroke.
 */
export function useSearchIndex(): PopupSearch {
  const search = useMemo<PopupSearch>(
    () => ({ search: (query) => sendMessage('search.query', { query }) }),
    [],
  );
  useEffect(() => {
    void search.search('').catch(() => undefined);
  }, [search]);
  return search;
}
