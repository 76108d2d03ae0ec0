import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { SidebarState } from '../../lib/sidebar/state-schema';
import { useSwitchedOffTrackers } from '../shared/useSwitchedOffTrackers';
import { SiblingGroup } from './SiblingGroup';
import './siblings.css';

type SidebarSiblings = NonNullable<SidebarState['siblings']>;

/** Rows per tracker before "Show all": three trackers stay under ten rows. */
export const COLLAPSED_PER_TRACKER = 3;

/**
 * "Also on this intent": the other work toward the same bet, wherever it is tracked. No single
 * tracker can show this; Throughline can because it holds every link locally.
 */
export function Siblings({ siblings }: { siblings: SidebarSiblings }) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const switchedOff = useSwitchedOffTrackers();
  const { total, groups } = siblings;
  const shown = expanded ? Infinity : COLLAPSED_PER_TRACKER;
  const canExpand = groups.some((group) => group.tickets.length > COLLAPSED_PER_TRACKER);
  return (
    <section className="siblings" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {i18n.t('sidebar.siblingsTitle')}{' '}
        {total > 0 && <span className="muted">· {formatNumber(total)}</span>}
      </h2>
      {total === 0 ? (
        <p className="muted">{i18n.t('sidebar.siblingsNone')}</p>
      ) : (
        groups.map((group) => (
          <SiblingGroup
            key={group.system}
            group={group}
            shown={shown}
            switchedOff={switchedOff.has(group.system)}
          />
        ))
      )}
      {canExpand && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? i18n.t('sidebar.showFewer') : i18n.t('sidebar.showAll')}
        </button>
      )}
    </section>
  );
}
