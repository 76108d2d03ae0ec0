import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../shared/useDb';

/** Plain substring search over titles; ranked, typo-tolerant search comes with the popup issue. */
export function SearchResults({ query }: { query: string }) {
  const db = useDb();
  const needle = query.trim().toLowerCase();
  const results = useLiveQuery(async () => {
    const match = (text: string | undefined) => (text ?? '').toLowerCase().includes(needle);
    const [missions, goals, intents, buckets] = await Promise.all([
      db.missions
        .filter((m) => match(m.title))
        .limit(10)
        .toArray(),
      db.goals
        .filter((g) => match(g.title))
        .limit(10)
        .toArray(),
      db.intents
        .filter((i) => match(i.title))
        .limit(10)
        .toArray(),
      db.buckets
        .filter((b) => match(b.name))
        .limit(10)
        .toArray(),
    ]);
    return [
      ...missions.map((m) => ({ kind: 'Mission', id: m.id, title: m.title })),
      ...goals.map((g) => ({ kind: 'Goal', id: g.id, title: g.title })),
      ...intents.map((i) => ({ kind: 'Intent', id: i.id, title: i.title })),
      ...buckets.map((b) => ({ kind: 'Bucket', id: b.id, title: b.name })),
    ];
  }, [db, needle]);
  if (!results) return null;
  if (results.length === 0) return <p className="muted">Nothing matches “{query}”.</p>;
  return (
    <ul className="plain-list results" aria-label="Search results">
      {results.map((r) => (
        <li key={`${r.kind}:${r.id}`}>
          <span className="kind">{r.kind}</span> {r.title}
        </li>
      ))}
    </ul>
  );
}
