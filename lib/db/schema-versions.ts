import type { Transaction } from 'dexie';
import { mentionKeyOf } from './mention-key';
import { moveIdsWithoutPorts } from './upgrade-ids-without-ports';

/**
 * Every schema version the extension has shipped, frozen: a released version is never edited, a
 * change is a new entry with its upgrade. Index only what is queried.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      buckets: 'id',
      missions: 'id',
      goals: 'id, missionId',
      intents: 'id, goalId, bucketId',
      links: 'id, intentId, bucketId',
      outbox: '++seq',
      quarantine: '++seq',
      meta: 'key',
    },
  },
  {
    // v2: the outbox is looked up by ticket (is anything else pending for it?), pending links are
    // counted through a sparse index, and refused tags are kept until the person acts on them.
    version: 2,
    stores: {
      links: 'id, intentId, bucketId, pending',
      outbox: '++seq, ticketId',
      rejections: 'ticketId',
    },
    upgrade: async (tx) => {
      await tx
        .table('outbox')
        .toCollection()
        .modify((entry: { ticketId?: string; mutation: { args: { ticketId: string } } }) => {
          entry.ticketId = entry.mutation.args.ticketId;
        });
    },
  },
  {
    // v3: collaboration and risk. Links by intent *and* id, so the tickets of one intent on one
    // tracker (ids start with `jira:`, `linear:`, `github:`) are one key range: counted and paged
    // without reading the rest. Goals by status, for the goals that need attention. IndexedDB
    // builds new indexes from the existing rows, so no data changes.
    version: 3,
    stores: {
      goals: 'id, missionId, status',
      links: 'id, intentId, bucketId, pending, [intentId+id]',
    },
  },
  {
    // v4: ticket ids carry no port (DESIGN.md "Ticket ids"); stored ids with one move to the id
    // without it. No index changes.
    version: 4,
    stores: {},
    upgrade: moveIdsWithoutPorts,
  },
  {
    // v5: coverage. Rules from the context API, read in order; links by the key a title names
    // them with (kept by a hook on every write, see database.ts; filled here for stored rows).
    version: 5,
    stores: {
      links: 'id, intentId, bucketId, pending, [intentId+id], mentionKey',
      rules: 'id, position',
    },
    upgrade: async (tx) => {
      await tx
        .table('links')
        .toCollection()
        .modify((link: { id: string; mentionKey?: string }) => {
          link.mentionKey = mentionKeyOf(link.id);
        });
    },
  },
  {
    // v6: the tickets this person opened lately, in this browser only (lib/recent/): listed newest
    // first and pruned by age, so `when` is indexed. A new table; no stored row changes.
    version: 6,
    stores: {
      recentTickets: 'id, when',
    },
  },
];
