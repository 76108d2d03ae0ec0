import { i18n } from '#i18n';
import { Command } from 'cmdk';
import { useDeferredValue, useMemo, type KeyboardEvent } from 'react';
import type { SearchDoc } from '../../lib/search/documents';
import { groupByKind } from '../../lib/search/group-results';
import { isSearchable } from '../../lib/search/search-index';
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

/**
 * The popup's search: an input with role combobox (cmdk) over grouped results. Arrow keys move
 * through the results, Enter opens one, Escape clears the query. Filtering is ours (MiniSearch),
 * so cmdk's own is off.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { search, query, onQueryChange, selected, onSelectedChange, onOpen } = props;
  // The input answers every keystroke at once; results follow as soon as React has time.
  const deferred = useDeferredValue(query);
  const groups = useMemo(
    () => groupByKind(search.search(deferred), RESULTS_PER_KIND),
    [search, deferred],
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
        <SearchState search={search} query={query} empty={groups.length === 0} />
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

/** What the list says when it has no results to show, and why. */
function SearchState({
  search,
  query,
  empty,
}: {
  search: PopupSearch;
  query: string;
  empty: boolean;
}) {
  if (!query.trim() || !empty) return null;
  const text = !isSearchable(query)
    ? i18n.t('popup.search.keepTyping')
    : !search.ready
      ? i18n.t('popup.search.reading')
      : search.size === 0
        ? i18n.t('popup.search.nothingYet')
        : i18n.t('popup.search.nothingMatches', [query.trim()]);
  return (
    <p className="muted search-state" role="status">
      {text}
    </p>
  );
}
