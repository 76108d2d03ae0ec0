import type { TicketSummary } from '../summary/ticket-summary';

/** A bucket as the marks answer carries it: enough to set the visible tickets against its target. */
export interface MixBucket {
  name: string;
  color: string;
  targetShare?: number;
}

export interface GlanceRow {
  name: string;
  color: string;
  count: number;
  /** Of the visible tickets that have a bucket. */
  share: number;
  targetShare?: number;
}

export interface GlanceMix {
  /** Distinct tickets visible on the page. */
  tickets: number;
  /** Where their context comes from; `none` has no context at all. */
  from: { tagged: number; via: number; rule: number; none: number };
  /** Buckets with visible tickets (most first), then those with a target but none visible. */
  rows: GlanceRow[];
}

/**
 * The investment mix of the tickets a board or list shows, against the buckets' target shares
 * (the popup's project mix, for what is on screen). Buckets are matched by name: that is all a
 * summary carries. Pure, and free of zod: content scripts import it.
 */
export function mixAtAGlance(
  summaries: readonly TicketSummary[],
  buckets: readonly MixBucket[],
): GlanceMix {
  const from = { tagged: 0, via: 0, rule: 0, none: 0 };
  const counts = new Map<string, { color: string; count: number }>();
  let bucketed = 0;
  for (const summary of summaries) {
    if (summary.from) from[summary.from]++;
    else from.none++;
    const bucket = summary.bucket;
    if (!bucket) continue;
    bucketed++;
    const row = counts.get(bucket.name) ?? { color: bucket.color, count: 0 };
    row.count++;
    counts.set(bucket.name, row);
  }
  const rows: GlanceRow[] = [];
  const share = (count: number) => (bucketed === 0 ? 0 : count / bucketed);
  for (const bucket of buckets) {
    const seen = counts.get(bucket.name);
    if (!seen && bucket.targetShare === undefined) continue;
    counts.delete(bucket.name);
    const count = seen?.count ?? 0;
    const row: GlanceRow = { name: bucket.name, color: bucket.color, count, share: share(count) };
    if (bucket.targetShare !== undefined) row.targetShare = bucket.targetShare;
    rows.push(row);
  }
  for (const [name, { color, count }] of counts)
    rows.push({ name, color, count, share: share(count) });
  rows.sort((a, b) => b.count - a.count || (b.targetShare ?? 0) - (a.targetShare ?? 0));
  return { tickets: summaries.length, from, rows };
}

/** Reads the buckets of a marks answer that crossed a message boundary (no zod in content scripts). */
export function parseMixBuckets(value: unknown): MixBucket[] {
  if (!Array.isArray(value)) return [];
  const buckets: MixBucket[] = [];
  for (const raw of value.slice(0, 200) as unknown[]) {
    const { name, color, targetShare } = (raw ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.length === 0) continue;
    const bucket: MixBucket = {
      name: name.slice(0, 500),
      color: typeof color === 'string' ? color.slice(0, 50) : '',
    };
    if (typeof targetShare === 'number' && targetShare >= 0 && targetShare <= 1)
      bucket.targetShare = targetShare;
    buckets.push(bucket);
  }
  return buckets;
}
