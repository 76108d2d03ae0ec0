import { i18n } from '#i18n';
import type { SidebarState } from '../../lib/sidebar/state';
import './launcher.css';

/**
 * The collapsed sidebar: the same frame, 40 px wide, still showing the bucket's colour and the
 * goal at a glance. Any click or Enter opens it again.
 */
export function Launcher({ state, onOpen }: { state: SidebarState | undefined; onOpen(): void }) {
  const shown = state?.context ?? state?.inherited;
  const bucket = shown?.bucket;
  const goal = shown?.goal?.title;
  const label = goal ? i18n.t('sidebar.openGoal', [goal]) : i18n.t('sidebar.open');
  return (
    <button type="button" className="launcher" onClick={onOpen} aria-label={label} title={label}>
      <span
        className="launcher-dot"
        style={{ background: bucket?.color ?? 'var(--border)' }}
        aria-hidden="true"
      />
      <span className="launcher-text" aria-hidden="true">
        {goal ?? bucket?.name ?? i18n.t('extName')}
      </span>
    </button>
  );
}
