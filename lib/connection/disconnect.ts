import type { ThroughlineDb } from '../db/database';
import { forgetLocalData, localDataScope } from './local-data';

/**
 * Forgets the connection (and its token) with all local data, in one transaction: the context,
 * tags still waiting to be sent, refusals and quarantine. Also how standalone mode is left.
 * Returns how many pending tags were dropped, which the options page warned about beforehand.
 */
export async function disconnect(db: ThroughlineDb): Promise<{ droppedPending: number }> {
  return db.transaction('rw', localDataScope(db), async () => {
    const droppedPending = await db.outbox.count();
    await forgetLocalData(db);
    return { droppedPending };
  });
}
