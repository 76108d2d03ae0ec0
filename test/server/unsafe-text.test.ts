import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { DEMO_YAML, importYaml, openTestServer, TEST_STORES, type TestServer } from './harness';

const PAY = 'jira:acme.atlassian.net/PAY-42';
const setLink = (args: Record<string, unknown>, clientId = 'c1') => ({
  clientId,
  mutations: [{ id: crypto.randomUUID(), type: 'link.set', args: { ticketId: PAY, ...args } }],
});

/**
 * NUL and unpaired surrogates are valid JSON but PostgreSQL's jsonb refuses them: before issue 14
 * the shared schemas let them through and the server answered 500, which kept a client retrying
 * the same tag forever. Now they are invalid input, refused before anything is stored.
 */
describe.each(TEST_STORES)('text the database cannot store ($name)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
    expect((await importYaml(server, DEMO_YAML)).status).toBe(200);
  });
  afterAll(() => server.close());

  it.each([
    ['a title with NUL', setLink({ intentId: 'guided-setup', title: 'Retry\u0000cards' })],
    ['a title with a lone high surrogate', setLink({ intentId: 'guided-setup', title: 'x\ud800' })],
    ['a note with a lone low surrogate', setLink({ intentId: 'guided-setup', note: '\udc00' })],
    ['an intent id with NUL', setLink({ intentId: 'guided\u0000setup' })],
    ['a clientId with NUL', setLink({ intentId: 'guided-setup' }, 'c\u0000')],
  ])('answers 400, never 500, to %s', async (_name, body) => {
    const response = await server.post('/v1/mutations', body);
    expect(response.status).toBe(400);
    expect(ApiErrorSchema.parse(await response.json()).error.code).toBe('invalid_input');
  });

  it('answers 400 to a JSON import whose text holds NUL', async () => {
    const file = { workspace: 'Acme', buckets: [{ id: 'b1', name: 'Bad\u0000name' }] };
    const response = await server.post('/v1/import', file);
    expect(response.status).toBe(400);
  });

  it('still applies a clean tag after refusing the unsafe ones', async () => {
    const response = await server.post('/v1/mutations', setLink({ intentId: 'guided-setup' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ results: [{ status: 'applied' }] });
  });
});
