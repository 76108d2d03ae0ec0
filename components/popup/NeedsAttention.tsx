import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../shared/useDb';

const RISKY = new Set(['at_risk', 'off_track']);

export function NeedsAttention() {
  const db = useDb();
  const goals = useLiveQuery(
    () => db.goals.filter((goal) => RISKY.has(goal.status ?? '')).toArray(),
    [db],
  );
  return (
    <section aria-labelledby="attention-heading">
      <h2 id="attention-heading">Needs attention</h2>
      {goals === undefined ? null : goals.length === 0 ? (
        <p className="muted">No goal is at risk or off track.</p>
      ) : (
        <ul className="plain-list">
          {goals.map((goal) => (
            <li key={goal.id}>
              <span className={`status status-${goal.status}`}>
                {goal.status === 'off_track' ? 'Off track' : 'At risk'}
              </span>{' '}
              {goal.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
