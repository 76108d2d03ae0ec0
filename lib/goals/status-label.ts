import { i18n } from '#i18n';
import type { GoalStatus } from '../schema/entities';

const KNOWN = new Set<string>([
  'not_started',
  'on_track',
  'at_risk',
  'off_track',
  'done',
  'active',
  'archived',
] satisfies (GoalStatus | 'active' | 'archived')[]);

/** A goal status the API defines as people read it: "On track". */
export function goalStatusLabel(status: GoalStatus): string {
  return i18n.t(`goalStatus.${status}`);
}

/**
 * Any status as words: the API's goal and mission statuses in the reader's language; intent
 * statuses are free text from the context file, shown as written (`in_progress` → "In progress").
 */
export function statusLabel(status: string): string {
  if (KNOWN.has(status))
    return i18n.t(`goalStatus.${status as GoalStatus | 'active' | 'archived'}`);
  const spaced = status.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
