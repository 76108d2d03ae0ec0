import type { GoalStatus } from '../schema/entities';

/** The goal statuses the API defines, and mission statuses, as people read them. */
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  done: 'Done',
};

const STATUS_LABELS: Record<string, string> = {
  ...GOAL_STATUS_LABELS,
  active: 'Active',
  archived: 'Archived',
};

/** Any status as words; intent statuses are free text: `in_progress` → "In progress". */
export function statusLabel(status: string): string {
  const spaced = STATUS_LABELS[status] ?? status.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
