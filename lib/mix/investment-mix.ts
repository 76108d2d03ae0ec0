import type { Bucket } from '../schema/entities';

/** What the mix needs of a link: where it points, and whether a local untag is pending. */
export interface MixLink {
  intentId?: string;
  bucketId?: string;
  /** Someone said no intent fits this work. */
  noFit?: boolean;
  pending?: 'set' | 'clear';
}

export interface MixRow {
  bucketId: string;
  name: string;
  color?: string;
  count: number;
  /** Of the tickets that have a bucket; the shares of all rows add up to 1 (or all are 0). */
  share: number;
  targetShare?: number;
}

export interface InvestmentMix {
  /** Tagged tickets in the project. */
  total: number;
  /** Tagged to an intent without a bucket, or to a bucket no longer known. */
  unbucketed: number;
  /** Tagged "no intent fits": a slice of its own, work the map of intents does not cover. */
  noFit: number;
  /** Of the tickets counted in the shares; with the rows' shares it adds up to 1 (or all are 0). */
  noFitShare: number;
  /** Buckets with tickets (most first), then those with a target but no tickets yet. */
  rows: MixRow[];
}

/**
 * The share of a project's tagged tickets per investment bucket, against each bucket's target.
 * A ticket's bucket is its link's own, else its intent's (DESIGN.md, link). Tickets with no
 * resolvable bucket are counted apart, so they neither inflate nor hide a bucket's share.
 */
export function investmentMix(
  links: readonly MixLink[],
  bucketOfIntent: ReadonlyMap<string, string | undefined>,
  buckets: readonly Bucket[],
): InvestmentMix {
  const known = new Map(buckets.map((bucket) => [bucket.id, bucket]));
  const counts = new Map<string, number>();
  let total = 0;
  let unbucketed = 0;
  let noFit = 0;
  for (const link of links) {
    if (link.pending === 'clear') continue;
    total++;
    if (link.noFit) {
      noFit++;
      continue;
    }
    const bucketId =
      link.bucketId ?? (link.intentId ? bucketOfIntent.get(link.intentId) : undefined);
    if (bucketId && known.has(bucketId)) counts.set(bucketId, (counts.get(bucketId) ?? 0) + 1);
    else unbucketed++;
  }
  // The shares are of the tickets that have a bucket or that no intent fits.
  const counted = total - unbucketed;
  const rows: MixRow[] = buckets
    .filter((bucket) => counts.has(bucket.id) || bucket.targetShare !== undefined)
    .map((bucket) => {
      const count = counts.get(bucket.id) ?? 0;
      return {
        bucketId: bucket.id,
        name: bucket.name,
        color: bucket.color,
        count,
        share: counted === 0 ? 0 : count / counted,
        targetShare: bucket.targetShare,
      };
    });
  rows.sort(
    (a, b) =>
      b.count - a.count ||
      (b.targetShare ?? 0) - (a.targetShare ?? 0) ||
      a.name.localeCompare(b.name),
  );
  return { total, unbucketed, noFit, noFitShare: counted === 0 ? 0 : noFit / counted, rows };
}
