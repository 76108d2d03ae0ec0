import { Command } from 'cmdk';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { SearchDoc } from '../../lib/search/documents';
import { groupByKind } from '../../lib/search/group-results';
import { useDb } from '../shared/useDb';
import { DetailFrame } from './detail/DetailFrame';
import type { PopupView } from './popup-view';
import { ResultRow } from './ResultRow';
import type { PopupSearch } from './useSearchIndex';

type TagView = Extract<PopupView, { kind: 'tag' }>;

/** Longest URL a link may carry (the API's limit); a longer tab URL is not sent. */
const MAX_URL = 2048;

/**
 * Tags the current tab's ticket to an intent or a bucket, found with the popup's search. The tag is
 * saved locally at once and sent on the next sync, as from the sidebar.
 */
export function TagPicker({
  view,
  search,
  onDone,
}: {
  view: TagView;
  search: PopupSearch;
  onDone(): void;
}) {
  const db = useDb();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const deferred = useDeferredValue(query);
  const buckets = useLiveQuery(() => db.buckets.toArray(), [db]) ?? [];
  const groups = useMemo(
    () => groupByKind(search.search(deferred, { kinds: ['intent', 'bucket'] }), 8),
    [search, deferred],
  );

  const tag = async (doc: SearchDoc) => {
    setSaving(true);
    setError(undefined);
    const target = doc.kind === 'intent' ? { intentId: doc.entityId } : { bucketId: doc.entityId };
    const url = view.linkUrl ?? withoutHash(view.url);
    try {
      const reply = await sendMessage('link.set', {
        ticketId: view.ticket.id,
        ...target,
        ...(view.title ? { title: view.title } : {}),
        ...(url.length <= MAX_URL && /^https?:/i.test(url) ? { url } : {}),
      });
      if (reply.ok) onDone();
      else setError(reply.error ?? 'The tag was not saved.');
    } catch {
      setError('The extension’s background worker did not answer; try again.');
    } finally {
      setSaving(false);
    }
  };
  const clearOnEscape = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || !query) return;
    event.preventDefault(); // the frame's Escape (Back) waits for an empty query
    setQuery('');
  };

  return (
    <DetailFrame kind="Tag" title={view.ticket.key} onBack={onDone} focusHeading={false}>
      <Command
        className="search-panel"
        label={`Tag ${view.ticket.key} to an intent or a bucket`}
        shouldFilter={false}
        loop
      >
        <Command.Input
          className="search"
          autoFocus
          placeholder="Find an intent or a bucket…"
          value={query}
          onValueChange={setQuery}
          onKeyDown={clearOnEscape}
          disabled={saving}
        />
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <Command.List label="Intents and buckets" className="results">
          {query.trim() ? (
            groups.map((group) => (
              <Command.Group key={group.kind} heading={group.label}>
                {group.hits.map(({ doc }) => (
                  <Command.Item key={doc.id} value={doc.id} onSelect={() => void tag(doc)}>
                    <ResultRow doc={doc} />
                  </Command.Item>
                ))}
              </Command.Group>
            ))
          ) : (
            <Command.Group heading="Buckets">
              {buckets.map((bucket) => (
                <Command.Item
                  key={bucket.id}
                  value={`bucket:${bucket.id}`}
                  onSelect={() =>
                    void tag({
                      id: `bucket:${bucket.id}`,
                      kind: 'bucket',
                      entityId: bucket.id,
                      title: bucket.name,
                    })
                  }
                >
                  <ResultRow
                    doc={{ id: bucket.id, kind: 'bucket', entityId: bucket.id, title: bucket.name }}
                  />
                </Command.Item>
              ))}
            </Command.Group>
          )}
          <Command.Empty className="muted search-state">
            {query.trim()
              ? `No intent or bucket matches “${query.trim()}”.`
              : 'Type to find an intent.'}
          </Command.Empty>
        </Command.List>
      </Command>
    </DetailFrame>
  );
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
