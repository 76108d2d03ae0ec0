import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { createApp, MAX_BODY_BYTES } from '../../server/app';
import { fingerprint } from './fingerprint';
import { ADMIN_TOKEN, importYaml, openTestServer, TEST_STORES, type TestServer } from './harness';

const FILE = `workspace: Acme
missions: [{ id: m1, title: M, goals: [{ id: g1, title: G, intents: [{ id: i1, title: I }] }] }]
`;

async function errorOf(response: Response) {
  return { status: response.status, code: ApiErrorSchema.parse(await response.json()).error.code };
}

describe.each(TEST_STORES)('limits on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    await importYaml(server, FILE);
  });

  describe('body size', () => {
    it('answers 413 for a body over 5 MB', async () => {
      const big = JSON.stringify({ clientId: 'c', mutations: [], pad: 'x'.repeat(MAX_BODY_BYTES) });
      expect(await errorOf(await server.post('/v1/mutations', big))).toEqual({
        status: 413,
        code: 'payload_too_large',
      });
    });

    it('answers 413 for a streamed body without Content-Length that grows past 5 MB', async () => {
      // A real HTTP server: only there does a body arrive in chunks with no declared length.
      const app = createApp({ store: server.store, logError: () => {} });
      const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      });
      try {
        const { port } = http.address() as AddressInfo;
        const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent > MAX_BODY_BYTES + chunk.length) return controller.close();
            sent += chunk.length;
            controller.enqueue(chunk);
          },
        });
        const response = await fetch(`http://127.0.0.1:${port}/v1/import`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/yaml' },
          body,
          duplex: 'half',
        } as RequestInit);
        expect(await errorOf(response)).toEqual({ status: 413, code: 'payload_too_large' });
      } finally {
        if ('closeAllConnections' in http) http.closeAllConnections();
        await new Promise((resolve) => http.close(resolve));
      }
    });
  });

  describe('string lengths', () => {
    const setLink = (args: Record<string, string>) =>
      server.post(
        '/v1/mutations',
        {
          clientId: 'c',
          mutations: [{ id: crypto.randomUUID(), type: 'link.set', args }],
        },
        { token: server.memberToken },
      );

    it('accepts each field at its longest and answers 400 one character past it', async () => {
      const ticketId = 'linear:acme/ENG-1';
      const cases: [string, number][] = [
        ['note', 2000],
        ['title', 500],
      ];
      for (const [field, max] of cases) {
        expect((await setLink({ ticketId, intentId: 'i1', [field]: 'n'.repeat(max) })).status).toBe(
          200,
        );
        expect(
          await errorOf(await setLink({ ticketId, intentId: 'i1', [field]: 'n'.repeat(max + 1) })),
          field,
        ).toEqual({ status: 400, code: 'invalid_input' });
      }
      expect(await errorOf(await setLink({ ticketId, intentId: 'i'.repeat(129) }))).toEqual({
        status: 400,
        code: 'invalid_input',
      });
      expect(
        await errorOf(
          await setLink({ ticketId: `jira:${'a'.repeat(300)}.com/A-1`, intentId: 'i1' }),
        ),
      ).toEqual({ status: 400, code: 'invalid_input' });
    });

    it('answers 400 for an import whose id is longer than 128 characters', async () => {
      const response = await importYaml(
        server,
        `workspace: Acme\nbuckets: [{ id: ${'b'.repeat(129)}, name: B }]\n`,
      );
      expect(await errorOf(response)).toEqual({ status: 400, code: 'invalid_input' });
    });

    it('answers 401 for an Authorization header longer than any token', async () => {
      const response = await server.get('/v1/me', 'x'.repeat(10_000));
      expect(await errorOf(response)).toEqual({ status: 401, code: 'unauthorized' });
    });
  });

  describe('rate limit', () => {
    it('answers 429 with Retry-After once a token spends its burst, refills over time, and counts each token apart', async () => {
      let now = 0;
      // Its own app on the same database: the limiter lives in the app.
      const app = createApp({ store: server.store, rateLimitPerMinute: 3, now: () => now });
      const get = (path: string, token: string | null = ADMIN_TOKEN) =>
        app.request(path, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
      const before = await fingerprint(server.store);
      for (let i = 0; i < 3; i++) expect((await get('/v1/me')).status).toBe(200);
      const refused = await get('/v1/me');
      expect(await errorOf(refused.clone())).toEqual({ status: 429, code: 'rate_limited' });
      expect(refused.headers.get('Retry-After')).toBe('20');
      expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('*');
      const mutation = await app.request('/v1/mutations', {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          clientId: 'c',
          mutations: [
            {
              id: crypto.randomUUID(),
              type: 'link.clear',
              args: { ticketId: 'linear:acme/ENG-1' },
            },
          ],
        }),
      });
      expect(mutation.status).toBe(429);
      expect(await fingerprint(server.store)).toBe(before);

      expect((await get('/v1/me', server.memberToken)).status).toBe(200);
      expect((await get('/healthz', null)).status).toBe(200);
      now += 20_000; // one request's worth at 3 per minute
      expect((await get('/v1/me')).status).toBe(200);
      expect((await get('/v1/me')).status).toBe(429);
    });

    it('never limits when set to 0', async () => {
      const app = createApp({ store: server.store, rateLimitPerMinute: 0, now: () => 0 });
      for (let i = 0; i < 50; i++)
        expect(
          (await app.request('/v1/me', { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }))
            .status,
        ).toBe(200);
    });
  });
});
