import Dexie from 'dexie';
import type { Bucket, Goal, Intent, Mission, Rule } from '../schema/entities';
import type { ThroughlineDb } from './database';
import { ENTITIES_VERSION_KEY } from './entities-version';

/**
 * The ~10k entities and the rules, in memory: a ticket's chain (intent → goal → mission, bucket)
 * and its rules are then map reads instead of three dependent IndexedDB round trips and a read
 * of every rule per lookup (DESIGN.md "Performance budgets": a lookup ≤ 2× a bare get).
 */
export interface EntityMap {
  /** The `entitiesVersion` row this map was read with (undefined: no mapped table written yet). */
  version: string | undefined;
  buckets: ReadonlyMap<string, Bucket>;
  missions: ReadonlyMap<string, Mission>;
  goals: ReadonlyMap<string, Goal>;
  intents: ReadonlyMap<string, Intent>;
  /** In evaluation order: position, then id. */
  rules: readonly Rule[];
}

/** One map per open database (per JS context: the worker and each extension page have theirs). */
const maps = new WeakMap<ThroughlineDb, EntityMap>();

/**
 * The current map. It costs one read of the version row, made through Dexie so that a live query
 * calling this re-runs when any entity or rule changes (lib/db/entities-version.ts bumps the row
 * in the same transaction as every such write); the map is re-read only when the row has moved.
 * Not for use inside a read-write transaction that writes entities: it would wait on itself.
 */
export async function entityMapOf(db: ThroughlineDb): Promise<EntityMap> {
  const row = await db.meta.get(ENTITIES_VERSION_KEY);
  const version = versionOf(row?.value);
  const cached = maps.get(db);
  if (cached && cached.version === version) return cached;
  const fresh = await readEntityMap(db);
  maps.set(db, fresh);
  return fresh;
}

/** Reads every mapped table and the version in one snapshot, so the label matches the rows. */
async function readEntityMap(db: ThroughlineDb): Promise<EntityMap> {
  const tables = [db.buckets, db.missions, db.goals, db.intents, db.rules, db.meta];
  const read = async () => {
    const [buckets, missions, goals, intents, rules, row] = await Promise.all([
      db.buckets.toArray(),
      db.missions.toArray(),
      db.goals.toArray(),
      db.intents.toArray(),
      db.rules.toArray(),
      db.meta.get(ENTITIES_VERSION_KEY),
    ]);
    return {
      version: versionOf(row?.value),
      buckets: byId(buckets),
      missions: byId(missions),
      goals: byId(goals),
      intents: byId(intents),
      rules: rules.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1)),
    };
  };
  // Inside a caller's transaction that covers the tables, read there; otherwise in a transaction
  // of its own (a caller's narrower one could not include them).
  const current = Dexie.currentTransaction as { storeNames?: string[] } | null;
  const covered = tables.every((table) => current?.storeNames?.includes(table.name));
  if (covered) return read();
  return Dexie.ignoreTransaction(() => db.transaction('r', tables, read));
}

function versionOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}
