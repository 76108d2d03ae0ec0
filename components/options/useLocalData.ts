import { useLiveQuery } from 'dexie-react-hooks';
import type { OutboxEntry, QuarantinedChange } from '../../lib/db/database';
import { readMeta, type Standalone } from '../../lib/db/meta';
import type { EntityType } from '../../lib/schema/entities';
import { useDb } from '../shared/useDb';

export interface LocalData {
  standalone?: Standalone;
  /** Tags (and untags) waiting in the outbox. */
  pending: number;
  /** The first 100 changes set aside, and how many there are in all. */
  quarantined: QuarantinedChange[];
  quarantinedTotal: number;
  /** Tags the server kept failing on, set aside until someone retries or discards them. */
  setAside: OutboxEntry[];
  counts: Record<EntityType, number>;
}

/** What the options page says about the local store, live. Undefined until first read. */
export function useLocalData(): LocalData | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [
      standalone,
      pending,
      quarantined,
      quarantinedTotal,
      bucket,
      mission,
      goal,
      intent,
      link,
      rule,
      setAside,
    ] = await Promise.all([
      readMeta(db, 'standalone'),
      db.outbox.count(),
      db.quarantine.orderBy('seq').limit(100).toArray(),
      db.quarantine.count(),
      db.buckets.count(),
      db.missions.count(),
      db.goals.count(),
      db.intents.count(),
      db.links.count(),
      db.rules.count(),
      db.outbox
        .filter((entry) => entry.setAside !== undefined)
        .limit(100)
        .toArray(),
    ]);
    return {
      standalone,
      pending,
      quarantined,
      quarantinedTotal,
      setAside,
      counts: { bucket, mission, goal, intent, link, rule },
    };
  }, [db]);
}
