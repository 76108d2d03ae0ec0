import { openDb, type ThroughlineDb } from '../../lib/db/database';

/** Extension pages share the one database of the extension's origin. */
export function useDb(): ThroughlineDb {
  return openDb();
}
