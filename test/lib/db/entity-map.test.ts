import { liveQuery } from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { disconnect } from '../../../lib/connection/disconnect';
import { resetLocalData } from '../../../lib/connection/local-data';
import { ThroughlineDb } from '../../../lib/db/database';
import { entityMapOf } from '../../../lib/db/entity-map';
import { trustLocalWrites } from '../../../lib/db/sole-writer';
import { lookupTicket } from '../../../lib/db/queries/ticket-lookup';
import { sidebarStateFor, type SidebarState } from '../../../lib/sidebar/state';
import { importContextFile } from '../../../lib/standalone/import';
import { pull } from '../../../lib/sync/pull';
import { push } from '../../../lib/sync/push';
import { clearTag, setTag } from '../../../lib/sync/tag';
import { startInProcessApi } from '../sync/in-process-api';
import { makeDb } from './make-db';

// The in-memory entities and rules (lib/db/entity-map.ts) against every path that writes them:
// after each change, the map must hold exactly what the store holds, and lookups must show it.

const ENG = 'linear:acme/ENG-7';
const OPS = 'linear:acme/OPS-3';

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

for (const where of ['the worker', 'an extension page'] as const) {
  describe(`the entity map in ${where}`, () => {
    let api: Awaited<ReturnType<typeof startInProcessApi>>;
    beforeAll(async () => {
      api = await startInProcessApi();
    });
    beforeEach(() => api.importYaml(CONTEXT));
    afterAll(() => api.close());

    /** The worker's database (it writes), and the one lookups read: the same, or a page's. */
    function databases() {
      const writer = makeDb();
      trustLocalWrites(writer);
      const reader = where === 'the worker' ? writer : new ThroughlineDb(writer.name);
      return { writer, reader };
    }

    it('follows every kind of entity and rule changed through sync', async () => {
      const { writer, reader } = databases();
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
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
      // Deletions: the rule, then the intent a ticket is linked to.
      yaml = yaml.replace(/rules:\n.*\n/, '');
      await api.importYaml(yaml);
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      expect((await lookupTicket(reader, OPS, 'Renew')).inherited).toBeNull();
      await api.importYaml(yaml.replace(/ {10}- \{ id: i1.*\n/, '').replace(/links:\n.*\n/, ''));
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
    });

    it('follows a tag, its removal, and what the server sends back', async () => {
      const { writer, reader } = databases();
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await setTag(writer, { ticketId: OPS, intentId: 'i1' }, 'Dana');
      expect((await lookupTicket(reader, OPS, 'Renew')).context?.intent?.title).toBe(
        'Guided setup',
      );
      await push(writer, api.client(), 'client-1');
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      expect((await lookupTicket(reader, OPS, 'Renew')).context?.link.pending).toBeUndefined();
      await clearTag(writer, OPS);
      expect((await lookupTicket(reader, OPS, 'Renew')).inherited?.source).toBe('rule');
      await push(writer, api.client(), 'client-1');
    });

    it('is emptied by a reset and a disconnect, and refilled by the next pull', async () => {
      const { writer, reader } = databases();
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      await resetLocalData(writer);
      await expectMapMatchesStore(reader);
      expect((await entityMapOf(reader)).intents.size).toBe(0);
      expect((await entityMapOf(reader)).rules).toEqual([]);
      await pull(writer, api.client());
      await expectMapMatchesStore(reader);
      expect((await entityMapOf(reader)).rules.map((rule) => rule.id)).toEqual(['ops']);
      await disconnect(writer);
      await expectMapMatchesStore(reader);
      expect((await entityMapOf(reader)).missions.size).toBe(0);
    });

    it('follows a standalone import, its removal and another import', async () => {
      const { writer, reader } = databases();
      expect((await importContextFile(writer, CONTEXT)).ok).toBe(true);
      await expectMapMatchesStore(reader);
      expect((await lookupTicket(reader, OPS, 'x')).inherited?.intent?.title).toBe('Templates');
      await disconnect(writer); // how standalone mode is left
      await expectMapMatchesStore(reader);
      const other = CONTEXT.replace('title: Templates', 'title: Starter templates');
      expect((await importContextFile(writer, other)).ok).toBe(true);
      await expectMapMatchesStore(reader);
      expect((await lookupTicket(reader, OPS, 'x')).inherited?.intent?.title).toBe(
        'Starter templates',
      );
    });

    it('makes an open sidebar re-run when an entity changes', async () => {
      const { writer, reader } = databases();
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
