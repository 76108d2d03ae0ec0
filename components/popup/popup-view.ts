import { useCallback, useState } from 'react';
import type { DetectedTicket } from '../../lib/detect';

/** What fills the popup besides search and home: one entity's page, or the tag picker. */
export type PopupView =
  | { kind: 'intent' | 'goal' | 'mission' | 'bucket'; id: string }
  | { kind: 'tag'; ticket: DetectedTicket; url: string; title?: string; linkUrl?: string };

/** Views stack up as people follow links (goal → intent); Back and Escape pop one. */
export function usePopupViews() {
  const [stack, setStack] = useState<PopupView[]>([]);
  const open = useCallback((view: PopupView) => setStack((views) => [...views, view]), []);
  const back = useCallback(() => setStack((views) => views.slice(0, -1)), []);
  return { view: stack.at(-1), open, back };
}
