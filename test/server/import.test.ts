import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema, ImportResultSchema } from '../../lib/schema/api';
import {
  DEMO_YAML,
  headVersion,
  importYaml,
  openTestServer,
  syncAll,
  TEST_STORES,
  type TestServer,
} from './harness';

const FILE = `
workspace: Acme
buckets:
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: m1
    title: Mission one
    goals:
      - id: g1
        title: Goal one
        intents:
          - { id: keep, title: Kept intent }
          - { id: doomed, title: Intent removed later }
links:
  - { ticket: "linear:acme/ENG-1", intent: keep }
`;
const WITHOUT_DOOMED = FILE.replace(
  '          - { id: doomed, title: Intent removed later }\n',
  '',
);

interface ErrorWithDetails {
  error: { code: string; message: string; details?: { path: string; line?: number }[] };
}

describe.each(TEST_STORES)('POST /v1/import on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const head = () => headVersion(server.store);
  const importOk = async (yaml: string) => {
    const response = await importYaml(server, yaml);
    expect(response.status).toBe(200);
    return ImportResultSchema.parse(await response.json());
  };
  async function setLink(ticketId: string, target: { intentId?: string; bucketId?: string }) {
    const response = await server.post(
      '/v1/mutations',
      {
        clientId: 'c',
        mutations: [{ id: crypto.randomUUID(), type: 'link.set', args: { ticketId, ...target } }],
      },
      { token: server.memberToken },
    );
    expect(await response.json()).toMatchObject({ results: [{ status: 'applied' }] });
  }

  it('imports YAML and returns counts', async () => {
    const result = await importOk(DEMO_YAML);
    expect(result).toMatchObject({ workspace: 'Acme', updated: 0, deleted: 0, unchanged: 0 });
    expect(result.created).toBeGreaterThan(30);
  });

  it('imports the same file as JSON when the Content-Type is not YAML', async () => {
    const json = JSON.stringify({ workspace: 'Json Co', buckets: [{ id: 'b', name: 'B' }] });
    const response = await server.post('/v1/import', json);
    expect(ImportResultSchema.parse(await response.json())).toMatchObject({
      workspace: 'Json Co',
      created: 1,
    });
    const notJson = await server.post('/v1/import', 'workspace: Acme\n');
    expect(notJson.status).toBe(400);
  });

  it('changes nothing, not even a version, when the same file is imported twice', async () => {
    const first = await importOk(DEMO_YAML);
    const versionAfterFirst = await head();
    const second = await importOk(DEMO_YAML);
    expect(second).toEqual({
      workspace: 'Acme',
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: first.created,
    });
    expect(await head()).toBe(versionAfterFirst);
  });

  it('counts an edited entity as updated and bumps only its version', async () => {
    await importOk(FILE);
    const { cursor } = await syncAll(server);
    const edited = FILE.replace('title: Kept intent', 'title: Kept intent (renamed)');
    expect(await importOk(edited)).toMatchObject({
      created: 0,
      updated: 1,
      deleted: 0,
      unchanged: 5,
    });
    const { changes } = await syncAll(server, { cursor });
    expect(changes).toMatchObject([
      { type: 'intent', id: 'keep', data: { title: 'Kept intent (renamed)' } },
    ]);
  });

  it('deletes entities missing from the file', async () => {
    await importOk(FILE);
    expect(await importOk(WITHOUT_DOOMED)).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 1,
      unchanged: 5,
    });
    const { changes } = await syncAll(server);
    expect(changes.map((c) => c.id)).not.toContain('doomed');
  });

  it("deletes the file's own link to a removed intent with it, the link first", async () => {
    await importOk(FILE.replace('intent: keep }', 'intent: doomed }'));
    const { cursor } = await syncAll(server);
    const result = await importOk(WITHOUT_DOOMED.replace(/links:[\s\S]*/, 'links: []\n'));
    expect(result).toMatchObject({ deleted: 2 });
    const { changes } = await syncAll(server, { cursor });
    expect(changes.map(({ type, op, id }) => `${op} ${type} ${id}`)).toEqual([
      'delete link linear:acme/ENG-1',
      'delete intent doomed',
    ]);
  });

  it('keeps links people made, even one whose intent the file removes', async () => {
    await importOk(FILE);
    await setLink('jira:acme.atlassian.net/PAY-1', { intentId: 'keep' });
    await setLink('jira:acme.atlassian.net/PAY-2', { intentId: 'doomed' });
    // Only the intent: the file's own link to ENG-1 is unchanged, the people's links are kept.
    expect(await importOk(WITHOUT_DOOMED)).toMatchObject({ deleted: 1, unchanged: 5 });
    const { changes } = await syncAll(server);
    const links = changes.filter((c) => c.type === 'link');
    expect(links.map((c) => [c.id, c.data?.intentId, c.data?.linkedBy])).toEqual(
      expect.arrayContaining([
        ['jira:acme.atlassian.net/PAY-1', 'keep', 'alice'],
        ['jira:acme.atlassian.net/PAY-2', 'doomed', 'alice'],
      ]),
    );
    expect(changes.some((c) => c.type === 'intent' && c.id === 'doomed')).toBe(false);
  });

  it("keeps a person's link to a removed intent pointing at it, and it resolves again when the intent returns", async () => {
    await importOk(FILE);
    await setLink('jira:acme.atlassian.net/PAY-2', { intentId: 'doomed' });
    await importOk(WITHOUT_DOOMED);
    expect(await importOk(FILE)).toMatchObject({ created: 1, deleted: 0 });
    const { changes } = await syncAll(server);
    expect(changes.find((c) => c.id === 'jira:acme.atlassian.net/PAY-2')?.data).toMatchObject({
      intentId: 'doomed',
      linkedBy: 'alice',
    });
    expect(changes.some((c) => c.type === 'intent' && c.id === 'doomed')).toBe(true);
  });

  it('takes a link the file lists from the file, even when a person made it first', async () => {
    await importOk(FILE.replace(/links:[\s\S]*/, 'links: []\n'));
    await setLink('linear:acme/ENG-1', { bucketId: 'ktlo' });
    expect(await importOk(FILE)).toMatchObject({ created: 0, updated: 1 });
    const { changes } = await syncAll(server);
    expect(changes.find((c) => c.id === 'linear:acme/ENG-1')?.data).toMatchObject({
      intentId: 'keep',
      linkedBy: 'import',
    });
  });

  it('names the path and line of each problem and imports nothing', async () => {
    const broken = FILE.replace('title: Goal one', 'title: Goal one\n        status: sideways');
    const response = await importYaml(server, broken);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorWithDetails;
    expect(ApiErrorSchema.parse(body).error.code).toBe('invalid_input');
    expect(body.error.message).toContain('missions[0].goals[0].status (line 11)');
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'missions[0].goals[0].status', line: 11 }),
    ]);
    expect(await head()).toBe(0);
  });

  it('names the line of a YAML syntax error', async () => {
    const response = await importYaml(server, 'workspace: Acme\nbuckets:\n  - { id: b, name: B\n');
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorWithDetails;
    expect(body.error.details?.[0]?.line).toBeGreaterThanOrEqual(3);
    expect(body.error.message).toMatch(/\(line \d+\)/);
  });

  it('names the path of a wrong type in a JSON file', async () => {
    const json = JSON.stringify({ workspace: 'Acme', buckets: [{ id: 'b', name: 42 }] });
    const response = await server.post('/v1/import', json);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorWithDetails;
    expect(body.error.message).toContain('buckets[0].name');
    expect(await head()).toBe(0);
  });

  it('answers 403 to a token that is not an admin', async () => {
    const response = await server.post('/v1/import', DEMO_YAML, {
      token: server.memberToken,
      contentType: 'application/yaml',
    });
    expect(response.status).toBe(403);
    expect(ApiErrorSchema.parse(await response.json()).error.code).toBe('forbidden');
    expect(await head()).toBe(0);
  });
});
