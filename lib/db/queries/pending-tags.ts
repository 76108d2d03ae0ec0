import type { ThroughlineDb } from '../database';

/** Tags made here and not yet delivered to the context API. */
export function pendingTagCount(db: ThroughlineDb): Promise<number> {
  return db.outbox.count();
}
