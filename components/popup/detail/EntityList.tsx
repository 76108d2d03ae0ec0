import { formatNumber } from '../../../lib/i18n/format';
import type { PopupView } from '../popup-view';

interface EntityListProps {
  heading: string;
  kind: 'intent' | 'goal';
  items: readonly { id: string; title: string; status?: string }[];
  empty: string;
  onOpen(view: PopupView): void;
}

/** A goal's intents or a mission's goals; each opens its own page. */
export function EntityList({ heading, kind, items, empty, onOpen }: EntityListProps) {
  return (
    <section aria-label={heading}>
      <h3>
        {heading} <span className="muted">({formatNumber(items.length)})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="link-button truncate"
                onClick={() => onOpen({ kind, id: item.id })}
              >
                {item.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
