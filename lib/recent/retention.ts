/** How many recent tickets are kept, and for how long (issue 13: "capped, e.g. 2,000 and 90 days"). */
export const RECENT_MAX = 2000;
export const RECENT_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Tickets last opened before this time (ISO, comparable as text with `when`) are forgotten. */
export function forgetBefore(now: Date, days = RECENT_DAYS): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** How many of the oldest rows to drop so that `count` rows fit the cap. */
export function overCap(count: number, max = RECENT_MAX): number {
  return Math.max(0, count - max);
}

/** A ticket opened again this soon, with the same title, is not written again (see record.ts). */
export const REWRITE_AFTER_MS = 60_000;

/**
 * Whether seeing a ticket again changes its stored row: a new title, or enough time since the
 * last write that its place in the list moves. The sidebar and the summary both report the same
 * page view, so most second reports write nothing.
 */
export function needsRewrite(
  stored: { title?: string; when: string } | undefined,
  seen: { title?: string },
  now: Date,
): boolean {
  if (!stored) return true;
  if (seen.title !== undefined && seen.title !== stored.title) return true;
  const last = Date.parse(stored.when);
  return !(now.getTime() - last < REWRITE_AFTER_MS && now.getTime() >= last);
}
