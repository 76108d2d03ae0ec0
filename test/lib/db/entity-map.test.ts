import { liveQuery } from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { disconnect } from '../../../lib/connection/disconnect';
import { resetLocalData } from '../../../lib/connection/local-data';
import { ThroughlineDb } from '../../../lib/db/database';
import { entityMapOf } from '../../../lib/db/entity-map';
import { linkKeysOf, linkKeysReady } from '../../../lib/db/link-keys';
import { mentionKeyOf } from '../../../lib/db/mention-key';
import { trustLocalWrites } from '../../../lib/db/sole-writer';
import { lookupTicket } from '../../../lib/db/queries/ticket-lookup';
import type { SidebarState } from '../../../lib/sidebar/state-schema';
import { sidebarStateFor } from '../../../lib/sidebar/state';
import { importContextFile } from '../../../lib/standalone/import';
import { pull } from '../../../lib/sync/pull';
import { push } from '../../../lib/sync/push';
import { clearTag, setTag } from '../../../lib/sync/tag';
import { startInProcessApi } from '../sync/in-process-api';
import { makeDb } from './make-db';

// The in-memory entities and rules (lib/db/entity-map.ts) and the linked tickets' keys
// (lib/db/link-keys.ts) against every path that writes them: after each change, memory must hold
// exactly what the store holds, and lookups (a ticket's own link, one its title names) must show it.

const ENG = 'linear:acme/ENG-7';
const OPS = 'linear:acme/OPS-3';
/** A pull request whose title names ENG-7, OPS-3 and PAY-1: it serves the first linked one. */
const PR = 'github:github.com/acme/app#5';
const PR_TITLE = 'ENG-7 OPS-3 PAY-1: follow-up';
const PAY1 = 'jira:acme.atlassian.net/PAY-1';

const CONTEXT = `workspace: Acme
buckets:
  - { id: new, name: New capabilities }
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: m1
    title: Self-serve
    goals:
      - id: g1
        title: Activation 45%
        intents:
          - { id: i1, title: Guided setup, bucket: new }
          - { id: i2, title: Templates, bucket: ktlo }
rules:
  - { id: ops, name: OPS serves templates, when: { tracker: linear, project: OPS }, intent: i2 }
links:
  - { ticket: "${ENG}", intent: i1 }
`;

/** The map read the way each context reads it, compared with a plain read of every table. */
async function expectMapMatchesStore(db: ThroughlineDb) {
  const map = await entityMapOf(db);
  const rows = <T extends { id: string }>(values: Iterable<T>) =>
    [...values].map((row) => JSON.stringify(row)).sort();
  expect(rows(map.buckets.values())).toEqual(rows(await db.buckets.toArray()));
  expect(rows(map.missions.values())).toEqual(rows(await db.missions.toArray()));
  expect(rows(map.goals.values())).toEqual(rows(await db.goals.toArray()));
  expect(rows(map.intents.values())).toEqual(rows(await db.intents.toArray()));
  expect(map.rules.map((rule) => JSON.stringify(rule))).toEqual(
    (await db.rules.orderBy('position').toArray()).map((rule) => JSON.stringify(rule)),
  );
}

/**
 * The keys as a lookup finds them right after the change (before any rebuild: they must already
 * hold every stored link), then, once current, exactly the stored links.
 */
async function expectKeysMatchStore(writer: ThroughlineDb) {
  const ids = (await writer.links.toCollection().primaryKeys()).map(String);
  const now = linkKeysOf(writer);
  expect(now).toBeDefined();
  for (const id of ids) expect(now?.idsFor(mentionKeyOf(id))).toContain(id);
  const current = await linkKeysReady(writer);
  expect(current.size).toBe(ids.length);
  for (const id of ids) expect(current.has(id)).toBe(true);
}

/** Which ticket the pull request takes its context from, if any. */
async function viaOf(db: ThroughlineDb) {
  const { inherited } = await lookupTicket(db, PR, PR_TITLE);
  return inherited?.source === 'via' ? inherited.via.ticketId : null;
}

for (const where of ['the worker', 'an extension page'] as const) {
  describe(`the entity map in ${where}`, () => {
    let api: Awaited<ReturnType<typeof startInProcessApi>>;
    beforeAll(async () => {
      api = await startInProcessApi();
    });
    beforeEach(() => api.importYaml(CONTEXT));
    afterAll(() => api.close());

    /**
     * The worker's database (it writes), and the one lookups read: the same, or a page's. The
     * worker's keys are read before anything is stored, so every change below reaches them as a
     * change, not through a fresh read.
     */
    async function databases() {
      const writer = makeDb();
      trustLocalWrites(writer);
      expect((await linkKeysReady(writer)).size).toBe(0);
      const reader = where === 'the worker' ? writer : new ThroughlineDb(writer.name);
      return { writer, reader };
    }

    it('follows every kind of entity and rule changed through sync', async () => {
      const { writer, reader } = await databases();
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(ENG);
      const steps: [string, string, (db: ThroughlineDb) => Promise<unknown>][] = [
        [
          'title: Self-serve',
          'title: Self-serve everywhere',
          async (db) => {
            expect((await lookupTicket(db, ENG, undefined)).context?.mission?.title).toBe(
              'Self-serve everywhere',
            );
          },
        ],
        [
          'title: Activation 45%',
          'title: Activation 50%',
          async (db) => {
            expect((await lookupTicket(db, ENG, undefined)).context?.goal?.title).toBe(
              'Activation 50%',
            );
          },
        ],
        [
          'title: Guided setup',
          'title: Guided setup v2',
          async (db) => {
            expect((await lookupTicket(db, ENG, undefined)).context?.intent?.title).toBe(
              'Guided setup v2',
            );
          },
        ],
        [
          'name: New capabilities',
          'name: New bets',
          async (db) => {
            expect((await lookupTicket(db, ENG, undefined)).context?.bucket?.name).toBe('New bets');
          },
        ],
        [
          'name: OPS serves templates, when: { tracker: linear, project: OPS }, intent: i2',
          'name: OPS runs setup, when: { tracker: linear, project: OPS }, intent: i1',
          async (db) => {
            expect((await lookupTicket(db, OPS, 'Renew')).inherited).toMatchObject({
              source: 'rule',
              rule: { id: 'ops', name: 'OPS runs setup' },
              intent: { id: 'i1' },
            });
          },
        ],
      ];
      let yaml = CONTEXT;
      for (const [from, to, check] of steps) {
        yaml = yaml.replace(from, to);
        await api.importYaml(yaml);
        await pull(writer, api.client());
        await expectMapMatchesStore(reader);
        await check(reader);
      }
      // Links: one added, then the one the title names first removed, then the other.
      yaml = yaml.replace('links:\n', `links:\n  - { ticket: "${PAY1}", intent: i2 }\n`);
      await api.importYaml(yaml);
      await pull(writer, api.client());
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(ENG);
      await api.importYaml(yaml.replace(/ {2}- \{ ticket: "linear.*\n/, ''));
      await pull(writer, api.client());
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(PAY1);
      await api.importYaml(yaml);
      await pull(writer, api.client());
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(ENG);
      // Deletions: the rule, then the intent a ticket is linked to.
      yaml = yaml.replace(/rules:\n.*\n/, '');
      await api.importYaml(yaml);
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      expect((await lookupTicket(reader, OPS, 'Renew')).inherited).toBeNull();
      await api.importYaml(yaml.replace(/ {10}- \{ id: i1.*\n/, '').replace(/links:\n[^]*$/, ''));
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBeNull();
    });

    it('follows a tag, its removal, and what the server sends back', async () => {
      const { writer, reader } = await databases();
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await clearTag(writer, ENG); // the title's first key now names no live link
      expect(await viaOf(reader)).toBeNull();
      await setTag(writer, { ticketId: OPS, intentId: 'i1' }, 'Dana');
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(OPS);
      expect((await lookupTicket(reader, OPS, 'Renew')).context?.intent?.title).toBe(
        'Guided setup',
      );
      await push(writer, api.client(), 'client-1');
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(OPS);
      expect((await lookupTicket(reader, OPS, 'Renew')).context?.link.pending).toBeUndefined();
      await clearTag(writer, OPS);
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBeNull();
      expect((await lookupTicket(reader, OPS, 'Renew')).inherited?.source).toBe('rule');
      await push(writer, api.client(), 'client-1');
      await pull(writer, api.client()); // the server's deletes of both links
      await expectKeysMatchStore(writer);
      expect(await writer.links.count()).toBe(0);
      expect(await viaOf(reader)).toBeNull();
    });

    it('is emptied by a reset and a disconnect, and refilled by the next pull', async () => {
      const { writer, reader } = await databases();
      await pull(writer, api.client());
      await setTag(writer, { ticketId: OPS, intentId: 'i2' }, 'Dana'); // pending: a reset keeps it
      await expectMapMatchesStore(reader);
      await resetLocalData(writer);
      expect(await viaOf(reader)).toBe(OPS); // ENG-7's link went, OPS-3's pending tag stayed
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect((await entityMapOf(reader)).intents.size).toBe(0);
      expect((await entityMapOf(reader)).rules).toEqual([]);
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(ENG);
      expect((await entityMapOf(reader)).rules.map((rule) => rule.id)).toEqual(['ops']);
      await disconnect(writer);
      expect(await viaOf(reader)).toBeNull();
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect((await entityMapOf(reader)).missions.size).toBe(0);
    });

    it('follows a standalone import, its removal and another import', async () => {
      const { writer, reader } = await databases();
      expect((await importContextFile(writer, CONTEXT)).ok).toBe(true);
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect(await viaOf(reader)).toBe(ENG);
      expect((await lookupTicket(reader, OPS, 'x')).inherited?.intent?.title).toBe('Templates');
      await disconnect(writer); // how standalone mode is left
      expect(await viaOf(reader)).toBeNull();
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      const other = CONTEXT.replace('title: Templates', 'title: Starter templates').replace(
        `ticket: "${ENG}"`,
        `ticket: "${PAY1}"`,
      );
      expect((await importContextFile(writer, other)).ok).toBe(true);
      expect(await viaOf(reader)).toBe(PAY1);
      await expectMapMatchesStore(reader);
      await expectKeysMatchStore(writer);
      expect((await lookupTicket(reader, OPS, 'x')).inherited?.intent?.title).toBe(
        'Starter templates',
      );
    });

    it('makes an open sidebar re-run when an entity changes', async () => {
      const { writer, reader } = await databases();
      await pull(writer, api.client());
      let latest: SidebarState | undefined;
      const subscription = liveQuery(() => sidebarStateFor(reader, ENG)).subscribe({
        next: (state) => (latest = state),
      });
      try {
        await expect.poll(() => latest?.context?.goal?.title).toBe('Activation 45%');
        await api.importYaml(CONTEXT.replace('Activation 45%', 'Activation 60%'));
        await pull(writer, api.client());
        await expect.poll(() => latest?.context?.goal?.title).toBe('Activation 60%');
      } finally {
        subscription.unsubscribe();
      }
    });
  });
}
