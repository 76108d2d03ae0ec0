import type { ThroughlineDb } from './database';

/** Databases whose every write is made in this JS context, through this instance (the worker). */
const soleWriters = new WeakSet<ThroughlineDb>();

/**
 * Declares that every write to this database is made in this JS context, through this instance,
 * as in the worker (extension pages change data only through it). What the worker keeps in memory
 * is then trusted without asking IndexedDB: the entities and rules (lib/db/entity-map.ts) until
 * Dexie reports a write to them, the linked tickets' keys (lib/db/link-keys.ts) as each write is
 * issued. Elsewhere (the popup, the options page) writes are reported late, through a
 * BroadcastChannel, so reads there ask IndexedDB.
 */
export function trustLocalWrites(db: ThroughlineDb): void {
  soleWriters.add(db);
}

export function writesAreLocal(db: ThroughlineDb): boolean {
  return soleWriters.has(db);
}
