import { importantStyle } from './important-style';

export const SIDEBAR_WIDTH_PX = 360;

/** Where the sidebar's host element sits: a full-height panel docked to the right edge. */
export function hostStyle(): string {
  return importantStyle([
    'all:initial',
    'position:fixed',
    'right:0',
    'top:0',
    'bottom:0',
    `width:${SIDEBAR_WIDTH_PX}px`,
    'z-index:2147483646',
  ]);
}

/**
 * While open, the page is narrowed by the panel's width so the sidebar sits beside the tracker
 * rather than over its controls. One style element of ours, removed when the panel closes. The
 * reflow this costs is paid only when someone opens the sidebar (see `npm run bench`).
 */
export const REFLOW_CSS = `html { margin-right: ${SIDEBAR_WIDTH_PX}px !important; }`;
