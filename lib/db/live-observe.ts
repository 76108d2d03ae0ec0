import Dexie, { RangeSet } from 'dexie';
import type { ThroughlineDb } from './database';

/**
 * Makes the live query running this code (if any) re-run when a row whose `index` holds one of
 * `values` is written, as reading those rows through Dexie would, without reading them: the
 * caller answered from memory. Dexie's observability layer records each read the same way, as
 * ranges per `idb://<database>/<table>/<index>` in the live query's set (ObservabilitySet, as
 * `storagemutated` reports writes). test/lib/db/queries/ticket-lookup-live.test.ts proves it.
 */
export function observeIndexValues(
  db: ThroughlineDb,
  table: string,
  index: string,
  values: readonly string[],
): void {
  const live = (Dexie.Promise as unknown as { PSD?: { subscr?: Record<string, RangeSet> } }).PSD
    ?.subscr;
  if (!live || values.length === 0) return;
  const part = `idb://${db.name}/${table}/${index}`;
  const ranges = (live[part] ??= new RangeSet());
  for (const value of values) ranges.addKey(value);
}
