import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LinkSchema } from '../../../lib/schema/entities';
import { MutationsResponseSchema } from '../../../lib/schema/mutations';
import { importYaml, openTestServer, syncAll, TEST_STORES, type TestServer } from '../harness';

const FILE = `workspace: Acme
buckets: [{ id: ktlo, name: Keep the lights on }]
missions:
  - id: m1
    title: Mission
    goals: [{ id: g1, title: Goal, intents: [{ id: i1, title: Intent }] }]
`;
const TICKET = 'linear:acme/ENG-9';

describe.each(TEST_STORES)('link.set with noFit on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    expect((await importYaml(server, FILE)).status).toBe(200);
  });

  const setLink = async (args: Record<string, unknown>) => {
    const response = await server.post(
      '/v1/mutations',
      {
        clientId: 'c',
        mutations: [
          { id: crypto.randomUUID(), type: 'link.set', args: { ticketId: TICKET, ...args } },
        ],
      },
      { token: server.memberToken },
    );
    return response;
  };
  const applied = async (args: Record<string, unknown>) => {
    const response = await setLink(args);
    expect(response.status).toBe(200);
    const body = MutationsResponseSchema.parse(await response.json());
    expect(body.results).toMatchObject([{ status: 'applied' }]);
  };
  const servedLink = async () => {
    const link = (await syncAll(server)).changes.find((c) => c.type === 'link' && c.id === TICKET);
    return LinkSchema.parse(link?.data);
  };

  it('stores "no intent fits" with its note, who and when, and the feed serves it', async () => {
    await applied({ noFit: true, note: 'Vendor migration: no intent for it yet' });
    const link = await servedLink();
    expect(link).toMatchObject({
      ticketId: TICKET,
      noFit: true,
      note: 'Vendor migration: no intent for it yet',
      linkedBy: 'alice',
    });
    expect(link.intentId).toBeUndefined();
    expect(link.bucketId).toBeUndefined();
    expect(Date.parse(link.linkedAt ?? '')).not.toBeNaN();
  });

  it('takes noFit without a note', async () => {
    await applied({ noFit: true });
    expect(await servedLink()).toMatchObject({ noFit: true });
  });

  it('replaces noFit by a later intent, and an intent by a later noFit', async () => {
    await applied({ noFit: true, note: 'nothing fits' });
    await applied({ intentId: 'i1' });
    const tagged = await servedLink();
    expect(tagged).toMatchObject({ intentId: 'i1' });
    expect(tagged.noFit).toBeUndefined();
    expect(tagged.note).toBeUndefined();

    await applied({ noFit: true });
    const noFit = await servedLink();
    expect(noFit).toMatchObject({ noFit: true });
    expect(noFit.intentId).toBeUndefined();
  });

  it('refuses noFit together with an intent or a bucket, storing nothing', async () => {
    for (const target of [{ intentId: 'i1' }, { bucketId: 'ktlo' }]) {
      const response = await setLink({ noFit: true, ...target });
      expect(response.status).toBe(400);
    }
    expect((await syncAll(server)).changes.some((c) => c.type === 'link')).toBe(false);
  });
});
