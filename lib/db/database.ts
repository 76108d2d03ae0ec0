import Dexie, { type EntityTable } from 'dexie';
import type { Bucket, Goal, Intent, Link, Mission, Rule } from '../schema/entities';
import { entitiesVersionMiddleware } from './entities-version';
import { linkKeysMiddleware } from './link-keys';
import { mentionKeyOf } from './mention-key';
import type { Mutation } from '../schema/mutations';
import type { RecentTicket } from '../recent/recent-ticket';
import { SCHEMA_VERSIONS } from './schema-versions';

/** A link as stored locally: the server's row, or a local tag not yet confirmed by the server. */
export interface StoredLink extends Link {
  /** Set while a local tag or clear waits in the outbox; the sidebar shows it as pending. */
  pending?: 'set' | 'clear';
  /** The server's row before the local change (null: there was none), to roll back to if rejected. */
  base?: Link | null;
  /** The ticket's key, lowercase (`pay-42`, `acme/app#42`): how a title that names it finds it. */
  mentionKey?: string;
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
  rules!: EntityTable<Rule, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  rejections!: EntityTable<Rejection, 'ticketId'>;
  quarantine!: EntityTable<QuarantinedChange, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Tickets this person opened lately; never sent anywhere (lib/recent/). */
  recentTickets!: EntityTable<RecentTicket, 'id'>;

  constructor(name = DB_NAME, versions = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Every write of a link, whichever path makes it (sync, a tag, an import), keeps its
    // mention key, so "via another ticket" can never miss a linked ticket.
    this.links.hook('creating', (_key, link) => {
      link.mentionKey = mentionKeyOf(link.id);
    });
    this.links.hook('updating', (_changes, id) => ({ mentionKey: mentionKeyOf(String(id)) }));
    // Every write of an entity or rule also moves `entitiesVersion`, which the in-memory map
    // of them checks on each read (lib/db/entity-map.ts).
    this.use(entitiesVersionMiddleware);
    // …and every write of a link reaches the worker's in-memory keys (lib/db/link-keys.ts).
    this.use(linkKeysMiddleware(this));
  }
}

let shared: ThroughlineDb | undefined;
export function openDb(): ThroughlineDb {
  shared ??= new ThroughlineDb();
  return shared;
}
