import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, MeSchema } from '../../lib/schema/api';
import { createApp } from '../../server/app';
import type { Store } from '../../server/store/store';
import { createToken, ensureBootstrapToken, revokeToken } from '../../server/tokens';
import { ADMIN_TOKEN, importYaml, openTestServer, TEST_STORES, type TestServer } from './harness';

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = ApiErrorSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error;
}

describe.each(TEST_STORES)('the context API basics on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());

  describe('health and authentication', () => {
    it('answers /healthz without a token', async () => {
      const response = await server.get('/healthz', null);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    });

    it('answers 401 without a token, with a malformed header, and with an unknown token', async () => {
      await expectError(await server.get('/v1/me', null), 401, 'unauthorized');
      const malformed = await server.app.request('/v1/me', {
        headers: { Authorization: 'Basic abc' },
      });
      await expectError(malformed, 401, 'unauthorized');
      await expectError(await server.get('/v1/me', 'tl_not-a-real-token'), 401, 'unauthorized');
      await expectError(await server.get('/v1/sync', null), 401, 'unauthorized');
    });

    it('answers 401 for a revoked token', async () => {
      const token = await createToken(server.store, { name: 'to-revoke' });
      expect((await server.get('/v1/me', token)).status).toBe(200);
      expect(await revokeToken(server.store, 'to-revoke')).toBe(1);
      await expectError(await server.get('/v1/me', token), 401, 'unauthorized');
    });

    it('keeps the bootstrap token valid when it is ensured again at the next start', async () => {
      await ensureBootstrapToken(server.store, ADMIN_TOKEN);
      expect((await server.get('/v1/me')).status).toBe(200);
    });

    it('replaces the bootstrap token when a different one is configured', async () => {
      await ensureBootstrapToken(server.store, 'next-bootstrap-token-of-at-least-32-chars');
      try {
        expect(
          (await server.get('/v1/me', 'next-bootstrap-token-of-at-least-32-chars')).status,
        ).toBe(200);
        await expectError(await server.get('/v1/me', ADMIN_TOKEN), 401, 'unauthorized');
      } finally {
        await ensureBootstrapToken(server.store, ADMIN_TOKEN);
      }
    });

    it('refuses a bootstrap token shorter than 32 characters, naming the setting', async () => {
      await expect(ensureBootstrapToken(server.store, 'x'.repeat(31))).rejects.toThrow(
        /THROUGHLINE_BOOTSTRAP_TOKEN must be at least 32 characters \(it has 31\)/,
      );
      await expectError(await server.get('/v1/me', 'x'.repeat(31)), 401, 'unauthorized');
      expect((await server.get('/v1/me')).status).toBe(200);
    });

    it('tells who the token acts as and the workspace, named by the last import', async () => {
      const before = MeSchema.parse(await (await server.get('/v1/me', server.memberToken)).json());
      expect(before.user).toEqual({ id: 'alice', name: 'alice' });
      expect(before.workspace.id).toMatch(/^[0-9a-f-]{36}$/);
      await importYaml(server, 'workspace: Acme\n');
      const after = MeSchema.parse(await (await server.get('/v1/me', server.memberToken)).json());
      expect(after.workspace).toEqual({ id: before.workspace.id, name: 'Acme' });
    });
  });

  describe('HTTP behaviour', () => {
    it('answers a CORS preflight from any origin without a token', async () => {
      const response = await server.app.request('/v1/sync', {
        method: 'OPTIONS',
        headers: {
          Origin: 'chrome-extension://abcdefghijklmnop',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/i);
      expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/Content-Type/i);
      expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);
      expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    });

    it('puts CORS headers on errors too, so the extension can read a 401', async () => {
      const response = await server.app.request('/v1/me', {
        headers: { Origin: 'https://example.com' },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    });

    it('answers unknown routes and methods with a JSON 404', async () => {
      await expectError(await server.get('/nope', null), 404, 'not_found');
      await expectError(await server.get('/v1/nope'), 404, 'not_found');
      await expectError(await server.post('/v1/sync', {}), 404, 'not_found');
    });
  });
});

describe('unexpected failures', () => {
  it('answers with a JSON 500 that reveals nothing, and reports the error', async () => {
    const failing: Store = {
      kind: 'pglite',
      query: () => Promise.reject(new Error('disk on fire at /secret/path')),
      exec: () => Promise.reject(new Error('disk on fire')),
      transaction: () => Promise.reject(new Error('disk on fire')),
      close: () => Promise.resolve(),
    };
    const logged: unknown[] = [];
    const app = createApp({ store: failing, logError: (error) => logged.push(error) });
    const response = await app.request('/v1/me', { headers: { Authorization: 'Bearer x' } });
    const error = await expectError(response, 500, 'internal');
    expect(error.message).not.toMatch(/secret|fire/);
    expect(logged).toHaveLength(1);
  });
});
