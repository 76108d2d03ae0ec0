import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { loadSearchCorpus } from '../../lib/db/queries/search-corpus';
import { toSearchDocs } from '../../lib/search/documents';
import { SearchIndex, type SearchHit, type SearchRequest } from '../../lib/search/search-index';
import { useDb } from '../shared/useDb';

/** The index as of its last update: a new object each time, so results computed from it refresh. */
export interface PopupSearch {
  /** Built at least once; before that, finding nothing means no data yet, not no match. */
  ready: boolean;
  /** Documents indexed. */
  size: number;
  search(query: string, request?: SearchRequest): SearchHit[];
}

const NOT_READY: PopupSearch = { ready: false, size: 0, search: () => [] };

/**
 * The search index over the local store, kept current while the popup is open: a sync in the
 * worker re-reads the store (Dexie live query) and only changed documents are re-indexed. The
 * first build runs in chunks so the search box takes keystrokes meanwhile.
 */
export function useSearchIndex(): PopupSearch {
  const db = useDb();
  const corpus = useLiveQuery(() => loadSearchCorpus(db), [db]);
  const [index] = useState(() => new SearchIndex());
  const [snapshot, setSnapshot] = useState(NOT_READY);
  useEffect(() => {
    if (!corpus) return;
    let current = true;
    void index.updateInChunks(toSearchDocs(corpus)).then(() => {
      if (!current) return;
      setSnapshot({
        ready: true,
        size: index.size,
        search: (query, request) => index.search(query, request),
      });
    });
    return () => {
      current = false;
    };
  }, [corpus, index]);
  return snapshot;
}
