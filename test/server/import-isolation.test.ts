import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { MAX_IMPORT_BODY_BYTES } from '../../server/http/body-limits';
import { startServer, type RunningServer } from '../../server/start';
import { ADMIN_TOKEN } from './harness';

/*
 * Hostile bodies against a real server process's HTTP stack, with imports read the way the
 * server reads them, in worker threads. The server must answer each one 400 or 413, keep
 * answering /healthz meanwhile, and stay up (it runs in this test's process: a crash ends it).
 */

const FIVE_MB_NESTED_YAML = `workspace: Deep\nx: ${'['.repeat(MAX_IMPORT_BODY_BYTES - 20)}`;
const FIVE_MB_NESTED_JSON = `{"workspace":"Deep","x":${'['.repeat(MAX_IMPORT_BODY_BYTES - 40)}`;

// Worker threads start in half a second each on an idle machine; give a loaded one room.
describe('hostile imports and bodies over HTTP', { timeout: 90_000 }, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      dataDir: 'memory',
      bootstrapToken: ADMIN_TOKEN,
      rateLimitPerMinute: 0,
      logError: () => {},
    });
  });
  afterAll(() => server.close());

  const post = (path: string, body: string, contentType: string, token = ADMIN_TOKEN) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType },
      body,
    });
  const errorOf = async (response: Response) => ({
    status: response.status,
    message: ApiErrorSchema.parse(await response.json()).error.message,
  });

  it('answers /healthz while a large import is read, and 400 to a 5 MB nested YAML one', async () => {
    const links = Array.from(
      { length: 4000 },
      (_, n) =>
        `  - { ticket: "jira:acme.atlassian.net/BIG-${n + 1}", bucket: b, title: Ticket ${n} }`,
    );
    const large = `workspace: Large\nbuckets: [{ id: b, name: B }]\nlinks:\n${links.join('\n')}\n`;
    let importDone = false;
    const importing = post('/v1/import', large, 'application/yaml').then((response) => {
      importDone = true;
      return response.status;
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(importDone).toBe(false);
    expect(await importing).toBe(200);

    const nested = await post('/v1/import', FIVE_MB_NESTED_YAML, 'application/yaml');
    expect(await errorOf(nested)).toEqual({
      status: 400,
      message: 'The context file has problems: The file nests lists or mappings more than 64 deep',
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers 400 to a 5 MB nested JSON import and 413 to four 4 MB mutation bodies at once', async () => {
    const bodies = [
      post('/v1/import', FIVE_MB_NESTED_JSON, 'application/json'),
      ...Array.from({ length: 4 }, () =>
        post('/v1/mutations', '['.repeat(4 * 1024 * 1024), 'application/json'),
      ),
    ];
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const [imported, ...mutations] = await Promise.all(bodies.map(async (b) => errorOf(await b)));
    expect(imported).toEqual({
      status: 400,
      message: 'The context file has problems: The file nests lists or mappings more than 64 deep',
    });
    for (const response of mutations) expect(response.status).toBe(413);
  });

  it('answers 400 to a billion-laughs YAML import', async () => {
    const levels = 'abcdefghij'.split('');
    const lines = levels.map((name, i) =>
      i === 0
        ? `${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(', ')}]`,
    );
    const response = await post('/v1/import', `workspace: L\n${lines.join('\n')}\n`, 'text/yaml');
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/aliases/),
    });
  });

  it('throttles failed authentication by the socket address', async () => {
    const me = (token: string) =>
      fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    for (let i = 0; i < 20; i++) expect((await me(`tl_wrong-${i}`)).status).toBe(401);
    const refused = await me(ADMIN_TOKEN);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});
