import { i18n } from '#i18n';
import { Command } from 'cmdk';
import { useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { SearchAnswer } from '../../lib/search/search-answer';
import type { SearchDoc } from '../../lib/search/documents';
import { groupByKind } from '../../lib/search/group-results';
import { isSearchable } from '../../lib/search/search-index';
import { onSearchableChange } from '../../lib/search/searchable-changes';
import { useDb } from '../shared/useDb';
import { ResultRow } from './ResultRow';
import type { PopupSearch } from './useSearchIndex';

interface SearchPanelProps {
  search: PopupSearch;
  query: string;
  onQueryChange(query: string): void;
  /** The highlighted result, kept by the parent so Back returns to it. */
  selected: string;
  onSelectedChange(value: string): void;
  onOpen(doc: SearchDoc): void;
}

const RESULTS_PER_KIND = 5;
/** How soon to ask again while the worker is still indexing. */
const REASK_MS = 150;

/**
 * The popup's search: an input with role combobox (cmdk) over grouped results. Arrow keys move
 * through the results, Enter opens one, Escape clears the query. Filtering is ours (MiniSearch),
 * so cmdk's own is off.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { search, query, onQueryChange, selected, onSelectedChange, onOpen } = props;
  // The input answers every keystroke at once; results follow as soon as the worker answers.
  const deferred = useDeferredValue(query);
  const answer = useWorkerAnswer(search, deferred);
  const groups = useMemo(
    // The last answer stays on screen until the next one arrives, so results do not flicker.
    () => groupByKind(answer && isSearchable(deferred) ? answer.hits : [], RESULTS_PER_KIND),
    [answer, deferred],
  );
  const clearOnEscape = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || !query) return;
    event.preventDefault();
    onQueryChange('');
  };

  return (
    <Command
      className="search-panel"
      label={i18n.t('popup.search.label')}
      shouldFilter={false}
      value={selected}
      onValueChange={onSelectedChange}
      loop
    >
      <Command.Input
        className="search"
        autoFocus
        placeholder={i18n.t('popup.search.placeholder')}
        value={query}
        onValueChange={onQueryChange}
        onKeyDown={clearOnEscape}
      />
      <Command.List
        label={i18n.t('popup.search.results')}
        className="results"
        hidden={!query.trim()}
      >
        <SearchState answer={answer} query={query} empty={groups.length === 0} />
        {groups.map((group) => (
          <Command.Group key={group.kind} heading={i18n.t(`popup.kinds.${group.kind}`)}>
            {group.hits.map(({ doc }) => (
              <Command.Item key={doc.id} value={doc.id} onSelect={() => onOpen(doc)}>
                <ResultRow doc={doc} />
              </Command.Item>
            ))}
          </Command.Group>
        ))}
      </Command.List>
    </Command>
  );
}

/** The worker's answer to the latest query; an answer to an older one that arrives late is dropped. */
function useWorkerAnswer(search: PopupSearch, query: string) {
  const [answer, setAnswer] = useState<(SearchAnswer & { query: string }) | undefined>();
  const changes = useSearchableChanges();
  const [retries, setRetries] = useState(0);
  useEffect(() => {
    if (!isSearchable(query)) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    search
      .search(query)
      .then((reply) => {
        if (!current) return;
        setAnswer({ ...reply, query });
        // A worker that just started answers from what it has indexed so far: ask again.
        if (reply.building) retry = setTimeout(() => setRetries((n) => n + 1), REASK_MS);
      })
      .catch(() => undefined);
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [search, query, changes, retries]);
  return answer;
}

/** Counts writes to what search covers (a sync while the popup is open), to ask again. */
function useSearchableChanges(): number {
  const db = useDb();
  const [changes, setChanges] = useState(0);
  useEffect(() => onSearchableChange(db.name, () => setChanges((n) => n + 1)), [db]);
  return changes;
}

/** What the list says when it has no results to show, and why. */
function SearchState({
  answer,
  query,
  empty,
}: {
  answer: (SearchAnswer & { query: string }) | undefined;
  query: string;
  empty: boolean;
}) {
  if (!query.trim() || !empty) return null;
  // A worker that just started answers from what it has read so far (building): nothing found
  // in that is not "nothing matches" yet.
  const text = !isSearchable(query)
    ? i18n.t('popup.search.keepTyping')
    : answer?.query !== query || answer.building
      ? i18n.t('popup.search.reading')
      : answer.size === 0
        ? i18n.t('popup.search.nothingYet')
        : i18n.t('popup.search.nothingMatches', [query.trim()]);
  return (
    <p className="muted search-state" role="status">
      {text}
    </p>
  );
}
