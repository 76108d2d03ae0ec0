import Dexie, { type EntityTable } from 'dexie';
import type { Bucket, Goal, Intent, Link, Mission } from '../schema/entities';
import type { Mutation } from '../schema/mutations';

/** A link as stored locally: the server's row, or a local tag not yet confirmed by the server. */
export interface StoredLink extends Link {
  /** Set while a local tag or clear waits in the outbox; the sidebar shows it as pending. */
  pending?: 'set' | 'clear';
}

export interface OutboxEntry {
  seq?: number;
  mutation: Mutation;
  createdAt: string;
  attempts: number;
}

export interface QuarantinedChange {
  seq?: number;
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
 * script: there it would belong to the host page's origin). Index only what is queried.
 */
export class ThroughlineDb extends Dexie {
  buckets!: EntityTable<Bucket, 'id'>;
  missions!: EntityTable<Mission, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  intents!: EntityTable<Intent, 'id'>;
  links!: EntityTable<StoredLink, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  quarantine!: EntityTable<QuarantinedChange, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      buckets: 'id',
      missions: 'id',
      goals: 'id, missionId',
      intents: 'id, goalId, bucketId',
      links: 'id, intentId, bucketId',
      outbox: '++seq',
      quarantine: '++seq',
      meta: 'key',
    });
  }
}

let shared: ThroughlineDb | undefined;
export function openDb(): ThroughlineDb {
  shared ??= new ThroughlineDb();
  return shared;
}
