import Dexie from 'dexie';
import { RuleIndex } from '../coverage/rule-index';
import type { Bucket, Goal, Intent, Mission, Rule } from '../schema/entities';
import type { ThroughlineDb } from './database';
import { ENTITIES_VERSION_KEY, MAPPED_TABLES } from './entities-version';
import { writesAreLocal } from './sole-writer';

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
  /** The rules that could hold for a ticket, without checking all of them. */
  ruleIndex: RuleIndex<Rule>;
}

/** A map and the change count (`generationOf`) at which it was last known current. */
interface Held {
  map: EntityMap;
  currentAt?: number;
}

/** One map per open database (per JS context: the worker and each extension page have theirs). */
const held = new WeakMap<ThroughlineDb, Held>();

/**
 * The current map. In the worker (lib/db/sole-writer.ts), it is trusted without reading the version
 * row until Dexie reports a write to a mapped table here, which it does when the write commits,
 * before the writer's code resumes. Elsewhere, it costs one read of the version row; the map
 * itself is re-read only when the row has moved (lib/db/entities-version.ts moves it in the same
 * transaction as every write of an entity or rule). Inside a live query the row is always read,
 * through Dexie, so that the query re-runs when any entity or rule changes.
 * Not for use inside a read-write transaction that writes entities: it would wait on itself.
 */
export async function entityMapOf(db: ThroughlineDb): Promise<EntityMap> {
  const generation = generationOf(db.name);
  const current = held.get(db);
  if (current?.currentAt === generation && writesAreLocal(db) && !inLiveQuery()) return current.map;
  const row = await db.meta.get(ENTITIES_VERSION_KEY);
  const version = versionOf(row?.value);
  if (current && current.map.version === version) {
    current.currentAt = generation === generationOf(db.name) ? generation : undefined;
    return current.map;
  }
  const map = await readEntityMap(db);
  // Current only if nothing was written to a mapped table while it was read.
  held.set(db, { map, currentAt: generation === generationOf(db.name) ? generation : undefined });
  return map;
}

/**
 * How many writes to mapped tables Dexie has reported in this context, per database name: for
 * writes made here, when they commit; for writes made in other contexts, when their broadcast
 * arrives. A report that names no database counts for all.
 */
const changes = new Map<string, number>();
let changesOfAll = 0;
const generationOf = (name: string) => (changes.get(name) ?? 0) + changesOfAll;
const MAPPED_PART = new RegExp(`^idb://(.+)/(${MAPPED_TABLES.join('|')})/`);

Dexie.on('storagemutated', (parts) => {
  for (const part of Object.keys(parts)) {
    if (!part.startsWith('idb://')) {
      changesOfAll += 1;
      continue;
    }
    const name = MAPPED_PART.exec(part)?.[1];
    if (name !== undefined) changes.set(name, (changes.get(name) ?? 0) + 1);
  }
});

/** Whether this runs inside a Dexie live query, which tracks only the reads made through Dexie. */
function inLiveQuery(): boolean {
  return Boolean((Dexie.Promise as unknown as { PSD?: { subscr?: unknown } }).PSD?.subscr);
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
    const ruleIndex = new RuleIndex(rules);
    return {
      version: versionOf(row?.value),
      buckets: byId(buckets),
      missions: byId(missions),
      goals: byId(goals),
      intents: byId(intents),
      rules: ruleIndex.ordered,
      ruleIndex,
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
