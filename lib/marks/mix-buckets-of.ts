import type { ThroughlineDb } from '../db/database';
import type { MixBucket } from './mix-at-a-glance';

/** The buckets a page's "mix at a glance" strip sets the visible tickets against. */
export async function mixBuckets(db: ThroughlineDb): Promise<MixBucket[]> {
  const buckets = await db.buckets.toArray();
  return buckets.slice(0, 200).map((bucket) => {
    const row: MixBucket = { name: bucket.name, color: bucket.color ?? '' };
    if (bucket.targetShare !== undefined) row.targetShare = bucket.targetShare;
    return row;
  });
}
