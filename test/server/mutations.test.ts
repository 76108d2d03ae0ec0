import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { LinkSchema } from '../../lib/schema/entities';
import { MutationsResponseSchema } from '../../lib/schema/mutations';
import {
  headVersion,
  importYaml,
  openTestServer,
  syncAll,
  TEST_STORES,
  type TestServer,
} from './harness';

const FILE = `workspace: Acme
buckets: [{ id: ktlo, name: Keep the lights on }]
missions:
  - id: m1
    title: Mission
    goals: [{ id: g1, title: Goal, intents: [{ id: i1, title: Intent }, { id: i2, title: Two }] }]
`;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const set = (n: number, ticketId: string, args: Record<string, string>) => ({
  id: uuid(n),
  type: 'link.set',
  args: { ticketId, ...args },
});
const clear = (n: number, ticketId: string) => ({
  id: uuid(n),
  type: 'link.clear',
  args: { ticketId },
});

describe.each(TEST_STORES)('POST /v1/mutations on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    expect((await importYaml(server, FILE)).status).toBe(200);
  });

  const send = (mutations: unknown[], clientId = 'client-1') =>
    server.post('/v1/mutations', { clientId, mutations }, { token: server.memberToken });
  const results = async (mutations: unknown[]) =>
    MutationsResponseSchema.parse(await (await send(mutations)).json()).results;
  const links = async () => (await syncAll(server)).changes.filter((c) => c.type === 'link');

  it("rejects a link whose url is off the ticket's own tracker, and applies the others", async () => {
    expect(
      await results([
        set(1, 'jira:acme.atlassian.net/PAY-1', {
          intentId: 'i1',
          url: 'https://evil.example/login',
        }),
        set(2, 'linear:acme/ENG-2', { intentId: 'i1', url: 'https://linear.app/evil/ENG-2' }),
        set(3, 'jira:acme.atlassian.net/PAY-3', {
          intentId: 'i1',
          url: 'https://acme.atlassian.net:443/browse/PAY-3',
        }),
      ]),
    ).toEqual([
      {
        id: uuid(1),
        status: 'rejected',
        error:
          'The URL of jira:acme.atlassian.net/PAY-1 must be on acme.atlassian.net, not evil.example',
      },
      {
        id: uuid(2),
        status: 'rejected',
        error: 'The URL of linear:acme/ENG-2 must start with https://linear.app/acme/',
      },
      { id: uuid(3), status: 'applied' },
    ]);
    expect((await links()).map((link) => link.id)).toEqual(['jira:acme.atlassian.net/PAY-3']);
  });

  it('answers applied, duplicate and rejected in one batch and applies the good ones', async () => {
    await send([set(1, 'linear:acme/ENG-1', { intentId: 'i1' })]);
    const response = await send([
      set(1, 'linear:acme/ENG-1', { intentId: 'i1' }),
      set(2, 'linear:acme/ENG-2', { intentId: 'no-such-intent' }),
      set(3, 'linear:acme/ENG-3', { bucketId: 'no-such-bucket' }),
      set(4, 'github:github.com/acme/app#9', { bucketId: 'ktlo', note: 'Upgrade' }),
    ]);
    expect(response.status).toBe(200);
    expect(MutationsResponseSchema.parse(await response.json()).results).toEqual([
      { id: uuid(1), status: 'duplicate' },
      { id: uuid(2), status: 'rejected', error: 'Unknown intent "no-such-intent"' },
      { id: uuid(3), status: 'rejected', error: 'Unknown bucket "no-such-bucket"' },
      { id: uuid(4), status: 'applied' },
    ]);
    expect((await links()).map((c) => c.id).sort()).toEqual([
      'github:github.com/acme/app#9',
      'linear:acme/ENG-1',
    ]);
  });

  it('changes nothing, not even a version, when a batch is sent again', async () => {
    const batch = [set(1, 'linear:acme/ENG-1', { intentId: 'i1' }), clear(2, 'linear:acme/ENG-9')];
    await send(batch);
    const head = await headVersion(server.store);
    expect(await results(batch)).toEqual([
      { id: uuid(1), status: 'duplicate' },
      { id: uuid(2), status: 'duplicate' },
    ]);
    expect(await headVersion(server.store)).toBe(head);
  });

  it('applies a mutation id once when the same batch arrives concurrently from two tabs', async () => {
    const batch = [set(1, 'linear:acme/ENG-1', { intentId: 'i1' })];
    const answers = await Promise.all(
      Array.from({ length: 6 }, async (_, i) =>
        MutationsResponseSchema.parse(await (await send(batch, `tab-${i}`)).json()),
      ),
    );
    const statuses = answers.map((a) => a.results[0]?.status).sort();
    expect(statuses).toEqual([
      'applied',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await links()).toHaveLength(1);
  });

  it('rejects a reference to an intent that was deleted, and applies it once the intent is back', async () => {
    await importYaml(server, FILE.replace(', { id: i2, title: Two }', ''));
    const mutation = set(1, 'linear:acme/ENG-1', { intentId: 'i2' });
    expect(await results([mutation])).toEqual([
      { id: uuid(1), status: 'rejected', error: 'Unknown intent "i2"' },
    ]);
    await importYaml(server, FILE);
    expect(await results([mutation])).toEqual([{ id: uuid(1), status: 'applied' }]);
  });

  it('records who linked and when, from the token and the server clock', async () => {
    const before = Date.now();
    await send([set(1, 'jira:acme.atlassian.net/PAY-42', { intentId: 'i1', note: 'Dunning' })]);
    const [link] = await links();
    const data = LinkSchema.parse(link?.data);
    expect(data).toMatchObject({
      ticketId: 'jira:acme.atlassian.net/PAY-42',
      linkedBy: 'alice',
      note: 'Dunning',
    });
    expect(Date.parse(data.linkedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(data.linkedAt)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('ignores a linkedBy or linkedAt the client sends', async () => {
    const mutation = set(1, 'linear:acme/ENG-5', { intentId: 'i1' });
    const forged = {
      ...mutation,
      args: { ...mutation.args, linkedBy: 'mallory', linkedAt: '2000-01-01T00:00:00Z' },
    };
    expect(await results([forged])).toEqual([{ id: uuid(1), status: 'applied' }]);
    const [link] = await links();
    expect(link?.data).toMatchObject({ linkedBy: 'alice' });
    expect(link?.data?.linkedAt).not.toBe('2000-01-01T00:00:00Z');
  });

  it('deletes a link with link.clear, leaving a tombstone that deltas report', async () => {
    await send([set(1, 'linear:acme/ENG-1', { intentId: 'i1' })]);
    const { cursor } = await syncAll(server);
    expect(await results([clear(2, 'linear:acme/ENG-1')])).toEqual([
      { id: uuid(2), status: 'applied' },
    ]);
    const { changes } = await syncAll(server, { cursor });
    expect(changes).toMatchObject([{ type: 'link', op: 'delete', id: 'linear:acme/ENG-1' }]);
    expect(await links()).toEqual([]);
  });

  it('applies link.clear of a ticket that has no link without writing anything', async () => {
    const { cursor } = await syncAll(server);
    expect(await results([clear(1, 'linear:acme/ENG-9')])).toEqual([
      { id: uuid(1), status: 'applied' },
    ]);
    expect((await syncAll(server, { cursor })).changes).toEqual([]);
  });

  it('keeps the last of several mutations of one ticket in a batch', async () => {
    await send([
      set(1, 'linear:acme/ENG-1', { intentId: 'i1' }),
      set(2, 'linear:acme/ENG-1', { bucketId: 'ktlo' }),
    ]);
    expect((await links()).map((c) => c.data)).toMatchObject([{ bucketId: 'ktlo' }]);
    expect((await links())[0]?.data).not.toHaveProperty('intentId');
  });

  it('answers 400 and applies nothing for more than 100 mutations', async () => {
    const many = Array.from({ length: 101 }, (_, i) =>
      set(i + 1, `linear:acme/ENG-${i + 1}`, { intentId: 'i1' }),
    );
    const response = await send(many);
    expect(response.status).toBe(400);
    expect(ApiErrorSchema.parse(await response.json()).error.code).toBe('invalid_input');
    expect(await links()).toEqual([]);
  });

  it('answers 400 and applies nothing when one mutation has a bad ticket id', async () => {
    const response = await send([
      set(1, 'linear:acme/ENG-1', { intentId: 'i1' }),
      set(2, 'https://linear.app/acme/issue/ENG-2', { intentId: 'i1' }),
    ]);
    expect(response.status).toBe(400);
    const { error } = ApiErrorSchema.parse(await response.json());
    expect(error.message).toContain('mutations[1].args.ticketId');
    expect(await links()).toEqual([]);
  });
});
