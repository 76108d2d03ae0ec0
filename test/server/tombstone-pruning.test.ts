import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { DAY_MS, pruneTombstones } from '../../server/sync/prune';
import {
  importYaml,
  openTestServer,
  replay,
  syncAll,
  syncPage,
  TEST_STORES,
  type TestServer,
} from './harness';

const FILE = `
workspace: Prune
missions:
  - id: m1
    title: Mission
    goals:
      - id: g1
        title: Goal
        intents: [{ id: i1, title: One }, { id: i2, title: Two }, { id: i3, title: Three }]
links:
  - { ticket: "linear:acme/ENG-1", intent: i1 }
  - { ticket: "linear:acme/ENG-2", intent: i2 }
`;
const WITHOUT_I2 = FILE.replace(', { id: i2, title: Two }', '').replace(
  '  - { ticket: "linear:acme/ENG-2", intent: i2 }\n',
  '',
);
const WITHOUT_I2_I3 = WITHOUT_I2.replace(', { id: i3, title: Three }', '');

describe.each(TEST_STORES)('tombstone pruning on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    expect((await importYaml(server, FILE)).status).toBe(200);
  });

  const tombstones = async () =>
    (
      await server.store.query<{ id: string }>('SELECT id FROM entities WHERE deleted ORDER BY id')
    ).map((row) => row.id);
  const age = (id: string, days: number) =>
    server.store.query(
      `UPDATE entities SET updated_at = updated_at - make_interval(days => $2) WHERE id = $1`,
      [id, days],
    );
  const expectExpired = async (cursor: string) => {
    const response = await server.get(`/v1/sync?cursor=${cursor}`);
    expect(response.status).toBe(410);
    const { error } = ApiErrorSchema.parse(await response.json());
    expect(error.code).toBe('cursor_expired');
    expect(error.message).toMatch(/pruned/);
  };

  it('prunes tombstones older than the retention and keeps the newer ones', async () => {
    await importYaml(server, WITHOUT_I2);
    expect(await tombstones()).toEqual(['i2', 'linear:acme/ENG-2']);
    await age('i2', 10);
    const result = await pruneTombstones(server.store, new Date(Date.now() - 5 * DAY_MS));
    expect(result.pruned).toBe(1);
    expect(await tombstones()).toEqual(['linear:acme/ENG-2']);
    const [i2] = await server.store.query<{ v: number | string }>(
      'SELECT pruned_through AS v FROM feed_horizon',
    );
    expect(Number(i2?.v)).toBe(result.prunedThrough);
  });

  it('never lowers the horizon when a later run prunes nothing', async () => {
    await importYaml(server, WITHOUT_I2);
    const first = await pruneTombstones(server.store, new Date(Date.now() + DAY_MS));
    expect(first.pruned).toBe(2);
    const second = await pruneTombstones(server.store, new Date(Date.now() + DAY_MS));
    expect(second).toEqual({ pruned: 0, prunedMutations: 0, prunedThrough: first.prunedThrough });
  });

  it('answers 410 to a cursor that has not seen the pruned deletes, and serves one that has', async () => {
    const before = (await syncAll(server)).cursor;
    await importYaml(server, WITHOUT_I2);
    const after = (await syncAll(server, { cursor: before })).cursor;
    await pruneTombstones(server.store, new Date(Date.now() + DAY_MS));

    await expectExpired(before);
    expect((await server.get(`/v1/sync?cursor=${after}`)).status).toBe(200);
    // Starting over gives the current state, without the pruned entities.
    const fresh = await syncAll(server);
    expect([...replay(fresh.changes).keys()].sort()).toEqual(
      ['mission:m1', 'goal:g1', 'intent:i1', 'intent:i3', 'link:linear:acme/ENG-1'].sort(),
    );
  });

  it('lets a bootstrap that began before the pruning finish, since it was never owed those deletes', async () => {
    await importYaml(server, WITHOUT_I2);
    const first = await syncPage(server, { limit: 2 });
    expect(first.more).toBe(true);
    await pruneTombstones(server.store, new Date(Date.now() + DAY_MS));
    const rest = await syncAll(server, { cursor: first.cursor, limit: 2 });
    expect(replay([...first.changes, ...rest.changes]).size).toBe(5);
  });

  it('answers 410 to a client mid-bootstrap when deletes it is owed get pruned', async () => {
    const first = await syncPage(server, { limit: 2 }); // horizon: before the deletes
    await importYaml(server, WITHOUT_I2_I3);
    await pruneTombstones(server.store, new Date(Date.now() + DAY_MS));
    await expectExpired(first.cursor);
  });

  it('forgets mutation ids after the same retention: a duplicate within it, applied again after', async () => {
    const mutation = (id: string) => ({
      clientId: 'laptop',
      mutations: [
        { id, type: 'link.set', args: { ticketId: 'linear:acme/ENG-9', intentId: 'i1' } },
      ],
    });
    const send = async (id: string) =>
      (
        (await (await server.post('/v1/mutations', mutation(id))).json()) as {
          results: { status: string }[];
        }
      ).results[0]?.status;
    const old = '00000000-0000-4000-8000-000000000001';
    const recent = '00000000-0000-4000-8000-000000000002';
    expect(await send(old)).toBe('applied');
    expect(await send(recent)).toBe('applied');
    await server.store.query(
      `UPDATE applied_mutations SET applied_at = applied_at - make_interval(days => 10) WHERE id = $1`,
      [old],
    );
    const result = await pruneTombstones(server.store, new Date(Date.now() - 5 * DAY_MS));
    expect(result.prunedMutations).toBe(1);
    expect(await send(recent)).toBe('duplicate');
    expect(await send(old)).toBe('applied');
  });
});
