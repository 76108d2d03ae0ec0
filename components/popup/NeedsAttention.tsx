import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../shared/useDb';
import type { PopupView } from './popup-view';

const RISKY = new Set(['at_risk', 'off_track']);

/** Goals at risk or off track; each opens its page. */
export function NeedsAttention({ onOpen }: { onOpen(view: PopupView): void }) {
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
              <button
                type="button"
                className="link-button attention-item"
                onClick={() => onOpen({ kind: 'goal', id: goal.id })}
              >
                <span className={`status status-${goal.status}`}>
                  {goal.status === 'off_track' ? 'Off track' : 'At risk'}
                </span>
                <span className="truncate">{goal.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
