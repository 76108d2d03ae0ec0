export const SIDEBAR_WIDTH_PX = 360;
export const LAUNCHER_WIDTH_PX = 40;
export const LAUNCHER_HEIGHT_PX = 176;

/**
 * Where the host element sits: open, a full-height panel docked to the right edge; collapsed, a
 * slim tab on that edge, low enough to stay clear of the trackers' headers and toolbars.
 */
export function hostStyle(collapsed: boolean): string {
  const box = collapsed
    ? [`width: ${LAUNCHER_WIDTH_PX}px`, `height: ${LAUNCHER_HEIGHT_PX}px`, 'top: calc(50% - 88px)']
    : [`width: ${SIDEBAR_WIDTH_PX}px`, 'top: 0', 'bottom: 0'];
  return [
    'all: initial',
    'position: fixed',
    'right: 0',
    'z-index: 2147483646',
    'display: block',
    ...box,
  ]
    .map((rule) => `${rule} !important`)
    .join(';');
}

/**
 * While open, the page is narrowed by the panel's width so the sidebar sits beside the tracker
 * rather than over its controls. One style element of ours, removed when the panel closes.
 */
export const REFLOW_CSS = `html { margin-right: ${SIDEBAR_WIDTH_PX}px !important; }`;
