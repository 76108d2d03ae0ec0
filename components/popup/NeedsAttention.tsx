import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ATTENTION_FIRST_PAGE, needsAttention } from '../../lib/db/queries/needs-attention';
import { useDb } from '../shared/useDb';
import { NeedsAttentionCard } from './NeedsAttentionCard';
import type { PopupView } from './popup-view';
import './needs-attention.css';

/** Goals added per "Show more": each costs a few index reads, so the list grows in steps. */
const MORE = 10;

/**
 * Goals at risk or off track, worst first: what product ops ask every week ("what is off track,
 * where is delivery risk"). Each opens its goal's page, which lists the tickets.
 */
export function NeedsAttention({ onOpen }: { onOpen(view: PopupView): void }) {
  const db = useDb();
  const [limit, setLimit] = useState(ATTENTION_FIRST_PAGE);
  const list = useLiveQuery(() => needsAttention(db, { limit }), [db, limit]);
  const left = list ? list.total - list.items.length : 0;
  return (
    <section aria-labelledby="attention-heading">
      {/* Exactly "Needs attention": the section's name is a contract (DESIGN.md). */}
      <h2 id="attention-heading">{i18n.t('popup.attention.heading')}</h2>
      {list === undefined ? null : list.total === 0 ? (
        <p className="muted">{i18n.t('popup.attention.none')}</p>
      ) : (
        <>
          <ul className="plain-list attention-list">
            {list.items.map((item) => (
              <NeedsAttentionCard key={item.goal.id} item={item} onOpen={onOpen} />
            ))}
          </ul>
          {left > 0 && (
            <button
              type="button"
              className="link-button attention-more"
              onClick={() => setLimit(list.items.length + MORE)}
            >
              {left <= MORE
                ? i18n.t('popup.attention.showMore', [formatNumber(left)])
                : i18n.t('popup.attention.showMoreOf', [formatNumber(MORE), formatNumber(left)])}
            </button>
          )}
        </>
      )}
    </section>
  );
}
