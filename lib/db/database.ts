import Dexie, { type EntityTable } from 'dexie';
import type { Bucket, Goal, Intent, Link, Mission } from '../schema/entities';
import type { Mutation } from '../schema/mutations';
import { SCHEMA_VERSIONS } from './schema-versions';

/** A link as stored locally: the server's row, or a local tag not yet confirmed by the server. */
export interface StoredLink extends Link {
  /** Set while a local tag or clear waits in the outbox; the sidebar shows it as pending. */
  pending?: 'set' | 'clear';
  /** The server's row before the local change (null: there was none), to roll back to if rejected. */
  base?: Link | null;
}

export interface OutboxEntry {
  seq?: number;
  ticketId: string;
  mutation: Mutation;
  createdAt: string;
  attempts: number;
  /**
   * Rounds in which the server answered 5xx to this mutation sent alone while it answered others
   * (lib/sync/set-aside.ts). Not indexed, like setAside: no schema version needed.
   */
  serverFailures?: number;
  /** Set when it kept failing: it stays out of pushes until someone retries or discards it. */
  setAside?: { reason: string; at: string };
}

/** A tag the server refused: kept until the person retries or dismisses it. */
export interface Rejection {
  ticketId: string;
  mutation: Mutation;
  reason: string;
  at: string;
}

export interface QuarantinedChange {
  seq?: number;
  /** What arrived, as JSON cut to a preview (older rows may hold the raw value). */
  raw: unknown;
  reason: string;
  receivedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'throughline';

/**
 * The one local database, opened only in the worker and extension pages (never from a content
 * script: there it would belong to the host page's origin).
 */
export class ThroughlineDb extends Dexie {
  buckets!: EntityTable<Bucket, 'id'>;
  missions!: EntityTable<Mission, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  intents!: EntityTable<Intent, 'id'>;
  links!: EntityTable<StoredLink, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  rejections!: EntityTable<Rejection, 'ticketId'>;
  quarantine!: EntityTable<QuarantinedChange, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME, versions = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let shared: ThroughlineDb | undefined;
export function openDb(): ThroughlineDb {
  shared ??= new ThroughlineDb();
  return shared;
}
