import type { EntityType } from '../lib/schema/entities';
import type { Queryable } from './store/store';
import { allocateVersions } from './versions';

/** An entity's own fields, without the server's id, version and updatedAt. */
export type EntityData = Record<string, unknown>;

/** One row of `entities` as writers see it. */
export interface StoredEntity {
  type: EntityType;
  id: string;
  data: EntityData;
  deleted: boolean;
}

/** A put (deleted: false) or a tombstone (deleted: true) to write. */
export interface EntityWrite {
  type: EntityType;
  id: string;
  data: EntityData;
  deleted: boolean;
}

/** Rows per statement: keeps each JSON parameter a few MB at most. */
const CHUNK = 2000;

export const entityKey = (type: string, id: string): string => `${type}\u0000${id}`;

/**
 * Writes puts and tombstones, each with a fresh version, in the order given (parents before
 * children, so a reader of the feed usually meets an intent after its goal). Several writes to one
 * entity collapse into the last one: the table holds only the latest state.
 * Must run in a transaction that holds the writers' lock (server/versions.ts).
 */
export async function writeEntities(tx: Queryable, writes: readonly EntityWrite[]): Promise<void> {
  const latest = new Map<string, EntityWrite>();
  for (const write of writes) {
    const key = entityKey(write.type, write.id);
    latest.delete(key); // re-inserting moves it to the end, where its last write happened
    latest.set(key, write);
  }
  if (latest.size === 0) return;
  const first = await allocateVersions(tx, latest.size);
  const updatedAt = new Date().toISOString();
  const rows = [...latest.values()].map((write, index) => {
    const version = first + index;
    // Stored as served (see 001_init.sql); a tombstone's fields are never served again.
    const data = write.deleted ? {} : { ...write.data, id: write.id, version, updatedAt };
    return { type: write.type, id: write.id, data, deleted: write.deleted, version };
  });
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx.query(
      `INSERT INTO entities (type, id, data, version, deleted, updated_at)
       SELECT x.type, x.id, x.data, x.version, x.deleted, $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb)
         AS x(type text, id text, data jsonb, version bigint, deleted boolean)
       ON CONFLICT (type, id) DO UPDATE SET
         data = excluded.data, version = excluded.version,
         deleted = excluded.deleted, updated_at = excluded.updated_at`,
      [JSON.stringify(rows.slice(start, start + CHUNK)), updatedAt],
    );
  }
}

/** Every entity with its own fields, tombstones included (imports compare a file against it). */
export async function readAllEntities(db: Queryable): Promise<StoredEntity[]> {
  return db.query<StoredEntity & Record<string, unknown>>(
    `SELECT type, id, data - 'id' - 'version' - 'updatedAt' AS data, deleted FROM entities`,
  );
}

/** The live entities among `keys` ({type, id}), as a set of entityKey()s. */
export async function liveKeys(
  db: Queryable,
  keys: readonly { type: EntityType; id: string }[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.query<{ type: string; id: string }>(
    `SELECT e.type, e.id FROM entities e
     JOIN jsonb_to_recordset($1::jsonb) AS k(type text, id text) ON e.type = k.type AND e.id = k.id
     WHERE NOT e.deleted`,
    [JSON.stringify(keys)],
  );
  return new Set(rows.map((row) => entityKey(row.type, row.id)));
}
