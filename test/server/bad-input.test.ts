import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { MAX_BODY_BYTES } from '../../server/app';
import { encodeCursor } from '../../server/sync/cursor';
import { createToken, revokeToken } from '../../server/tokens';
import { fingerprint } from './fingerprint';
import {
  DEMO_YAML,
  importYaml,
  openTestServer,
  syncAll,
  TEST_STORES,
  type TestServer,
} from './harness';

interface BadRequest {
  name: string;
  send(server: TestServer, tokens: { revoked: string; cursor: string }): Promise<Response>;
  status: number;
  code: string;
}

const json = (server: TestServer, path: string, body: unknown) => server.post(path, body);
const yaml = (server: TestServer, body: string) => importYaml(server, body);
const link = (args: Record<string, unknown>) => ({
  clientId: 'c',
  mutations: [{ id: crypto.randomUUID(), type: 'link.set', args }],
});
const huge = 'x'.repeat(MAX_BODY_BYTES + 1);

/** The documented answer to each kind of bad input (DESIGN.md "Context API v1"). */
const BAD_REQUESTS: BadRequest[] = [
  {
    name: 'malformed JSON mutations',
    send: (s) => json(s, '/v1/mutations', '{"clientId": '),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'malformed JSON import',
    send: (s) => json(s, '/v1/import', '{"workspace": "A",'),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'malformed YAML import',
    send: (s) => yaml(s, 'workspace: A\nbuckets: [ { id: b\n'),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a YAML import that is not a mapping',
    send: (s) => yaml(s, '- just\n- a list\n'),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'an empty body',
    send: (s) => json(s, '/v1/mutations', ''),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'JSON null',
    send: (s) => json(s, '/v1/mutations', 'null'),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a clientId of the wrong type',
    send: (s) => json(s, '/v1/mutations', { clientId: 7, mutations: [] }),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'mutations that are not a list',
    send: (s) => json(s, '/v1/mutations', { clientId: 'c', mutations: 'all' }),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'no mutations',
    send: (s) => json(s, '/v1/mutations', { clientId: 'c', mutations: [] }),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'an unknown mutation type',
    send: (s) =>
      json(s, '/v1/mutations', {
        clientId: 'c',
        mutations: [
          { id: crypto.randomUUID(), type: 'link.drop', args: { ticketId: 'linear:acme/ENG-1' } },
        ],
      }),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a mutation id that is not a uuid',
    send: (s) =>
      json(s, '/v1/mutations', {
        clientId: 'c',
        mutations: [{ id: '1', type: 'link.clear', args: { ticketId: 'linear:acme/ENG-1' } }],
      }),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'link.set with neither intent nor bucket',
    send: (s) => json(s, '/v1/mutations', link({ ticketId: 'linear:acme/ENG-1' })),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a note of the wrong type',
    send: (s) =>
      json(
        s,
        '/v1/mutations',
        link({ ticketId: 'linear:acme/ENG-1', intentId: 'guided-setup', note: 5 }),
      ),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a javascript: url',
    send: (s) =>
      json(
        s,
        '/v1/mutations',
        link({
          ticketId: 'linear:acme/ENG-1',
          intentId: 'guided-setup',
          url: 'javascript:alert(1)',
        }),
      ),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'an import with a field of the wrong type',
    send: (s) => json(s, '/v1/import', { workspace: 'A', buckets: 'none' }),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'an import with an unknown key',
    send: (s) => yaml(s, 'workspace: A\nbukets: []\n'),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a sync limit that is not a number',
    send: (s) => s.get('/v1/sync?limit=lots'),
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'a huge mutations body',
    send: (s) => json(s, '/v1/mutations', huge),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'a huge import body',
    send: (s) => yaml(s, huge),
    status: 413,
    code: 'payload_too_large',
  },
  { name: 'an unknown route', send: (s) => s.get('/v1/tickets'), status: 404, code: 'not_found' },
  {
    name: 'an unknown method on a known route',
    send: (s) => s.post('/v1/me', {}),
    status: 404,
    code: 'not_found',
  },
  { name: 'the root path', send: (s) => s.get('/', null), status: 404, code: 'not_found' },
  {
    name: 'no token',
    send: (s) =>
      s.post('/v1/mutations', link({ ticketId: 'linear:acme/ENG-1', intentId: 'guided-setup' }), {
        token: null,
      }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'an unknown token',
    send: (s) =>
      s.post('/v1/import', DEMO_YAML, { token: 'tl_guess', contentType: 'application/yaml' }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a revoked token',
    send: (s, t) =>
      s.post('/v1/mutations', link({ ticketId: 'linear:acme/ENG-1', intentId: 'guided-setup' }), {
        token: t.revoked,
      }),
    status: 401,
    code: 'unauthorized',
  },
  {
    name: 'a member token on an admin route',
    send: (s) =>
      s.post('/v1/import', 'workspace: Mine\n', {
        token: s.memberToken,
        contentType: 'application/yaml',
      }),
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'a cursor from another server',
    send: (s, t) => s.get(`/v1/sync?cursor=${t.cursor}`),
    status: 410,
    code: 'cursor_expired',
  },
  {
    name: 'a cursor that is not one',
    send: (s) => s.get('/v1/sync?cursor=%E0%A4%A'),
    status: 410,
    code: 'cursor_expired',
  },
];

describe.each(TEST_STORES)('bad input on $name', (kind) => {
  let server: TestServer;
  const tokens = { revoked: '', cursor: '' };
  beforeAll(async () => {
    server = await openTestServer(kind);
    expect((await importYaml(server, DEMO_YAML)).status).toBe(200);
    tokens.revoked = await createToken(server.store, { name: 'revoked', userName: 'bob' });
    await revokeToken(server.store, 'revoked');
    const { cursor } = await syncAll(server);
    const here = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as {
      v: number;
      b: number;
    };
    tokens.cursor = encodeCursor({ ...here, w: crypto.randomUUID() });
  });
  afterAll(() => server.close());

  it.each(BAD_REQUESTS)(
    'answers $name with $status $code, changes nothing and keeps serving',
    async ({ send, status, code }) => {
      const before = await fingerprint(server.store);
      const response = await send(server, tokens);
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = ApiErrorSchema.parse(await response.json());
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(0);
      expect(await fingerprint(server.store)).toBe(before);
      expect((await server.get('/healthz', null)).status).toBe(200);
      expect((await server.get('/v1/me')).status).toBe(200);
    },
  );
});
