import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { MutationsResponseSchema } from '../../lib/schema/mutations';
import { MAX_MUTATIONS_BODY_BYTES } from '../../server/http/body-limits';
import { fingerprint } from './fingerprint';
import { ADMIN_TOKEN, importYaml, openTestServer, TEST_STORES, type TestServer } from './harness';

const FILE = `workspace: Acme
missions: [{ id: m1, title: M, goals: [{ id: g1, title: G, intents: [{ id: i1, title: I }] }] }]
`;

/** JSON.stringify writes a control character as `\u0001`: six bytes for one character. */
const WIDEST = '\u0001';
/** A Jira host that makes the ticket id exactly 300 characters, the longest allowed. */
const HOST = `${Array.from({ length: 4 }, () => 'a'.repeat(63)).join('.')}.${'b'.repeat(33)}`;
const TICKET = `jira:${HOST}/PAY-1`;

function largestValidRequest(): string {
  const url = `https://${HOST}/`;
  return JSON.stringify({
    clientId: WIDEST.repeat(128),
    mutations: Array.from({ length: 100 }, () => ({
      id: crypto.randomUUID(),
      type: 'link.set',
      args: {
        ticketId: TICKET,
        intentId: WIDEST.repeat(128),
        bucketId: WIDEST.repeat(128),
        note: WIDEST.repeat(2000),
        title: WIDEST.repeat(500),
        url: url + WIDEST.repeat(2048 - url.length),
      },
    })),
  });
}

async function errorOf(response: Response) {
  const { error } = ApiErrorSchema.parse(await response.json());
  return { status: response.status, code: error.code, message: error.message };
}

describe.each(TEST_STORES)('hostile requests on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    await importYaml(server, FILE);
  });

  const postMutations = (body: string) =>
    server.post('/v1/mutations', body, { token: server.memberToken });

  it('takes the largest valid mutations request, written with the widest characters', async () => {
    expect(TICKET).toHaveLength(300);
    const body = largestValidRequest();
    const bytes = Buffer.byteLength(body);
    expect(bytes).toBeLessThanOrEqual(MAX_MUTATIONS_BODY_BYTES);
    expect(bytes).toBeGreaterThan(MAX_MUTATIONS_BODY_BYTES * 0.85); // the limit is computed, not guessed
    const response = await postMutations(body);
    expect(response.status).toBe(200);
    const { results } = MutationsResponseSchema.parse(await response.json());
    expect(results).toHaveLength(100);
  });

  it('answers 413 to a mutations body over its limit, from the declared length alone', async () => {
    const before = await fingerprint(server.store);
    const body = `[${'['.repeat(4 * 1024 * 1024)}`;
    const response = await postMutations(body);
    expect(await errorOf(response)).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(
      (await errorOf(await postMutations(`${' '.repeat(MAX_MUTATIONS_BODY_BYTES)}{}`))).status,
    ).toBe(413);
    expect(await fingerprint(server.store)).toEqual(before);
  });

  it('answers 400 to JSON nested deeper than 64, before parsing it', async () => {
    const deep = (depth: number) =>
      `{"clientId":"c","mutations":[${'['.repeat(depth - 2)}${']'.repeat(depth - 2)}]}`;
    expect(await errorOf(await postMutations(deep(65)))).toEqual({
      status: 400,
      code: 'invalid_input',
      message: 'The body nests arrays or objects more than 64 deep',
    });
    // 64 deep is parsed, and then refused for what it is.
    expect((await errorOf(await postMutations(deep(64)))).message).toMatch(/^mutations\[0\]/);
    const hostile = '['.repeat(MAX_MUTATIONS_BODY_BYTES - 1);
    expect((await errorOf(await postMutations(hostile))).message).toMatch(/nests/);
  });

  it('answers 413 to a body on a route that takes none', async () => {
    const response = await server.app.request('/v1/me', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: 'x'.repeat(2048),
    });
    expect(await errorOf(response)).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers 400 naming the alias bomb in a YAML import, not 500', async () => {
    const levels = 'abcdefghij'.split('');
    const lines = levels.map((name, i) =>
      i === 0
        ? `${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`
        : `${name}: &${name} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(', ')}]`,
    );
    const response = await importYaml(server, `workspace: Laughs\n${lines.join('\n')}\n`);
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      code: 'invalid_input',
      message: expect.stringMatching(/expands YAML aliases too many times/),
    });
  });

  it('refuses a context file whose link url is off its ticket tracker, naming the link', async () => {
    const response = await importYaml(
      server,
      `${FILE}links:\n  - { ticket: "linear:acme/ENG-1", intent: i1, url: "https://evil.example/login" }\n`,
    );
    expect(await errorOf(response)).toMatchObject({
      status: 400,
      message: expect.stringContaining(
        'links[0].url: The URL of linear:acme/ENG-1 must start with https://linear.app/acme/',
      ),
    });
  });

  it('reads an import by its first character when the Content-Type does not say', async () => {
    const json = JSON.stringify({ workspace: 'Sniffed', buckets: [{ id: 'b', name: 'B' }] });
    expect((await server.post('/v1/import', json, { contentType: 'text/plain' })).status).toBe(200);
    const yaml = 'workspace: Sniffed too\n';
    expect((await server.post('/v1/import', yaml, { contentType: 'text/plain' })).status).toBe(200);
    // Sent as JSON, held to JSON: never re-read as YAML.
    const notJson = await server.post('/v1/import', yaml);
    expect((await errorOf(notJson)).message).toMatch(/not valid JSON/);
    const deep = `{"workspace": "Deep", "x": ${'['.repeat(65)}${']'.repeat(65)}}`;
    expect((await errorOf(await server.post('/v1/import', deep))).message).toMatch(
      /nests lists or mappings more than 64 deep/,
    );
  });
});
