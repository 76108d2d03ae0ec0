import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema, ImportResultSchema } from '../../lib/schema/api';
import { DEMO_YAML, importYaml, openTestServer, syncAll, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await openTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

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

async function head(): Promise<number> {
  const [row] = await server.store.query<{ v: number }>('SELECT v FROM version_counter');
  return Number(row?.v);
}

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

describe('POST /v1/import', () => {
  it('imports YAML and returns counts', async () => {
    const response = await importYaml(server, DEMO_YAML);
    expect(response.status).toBe(200);
    const result = ImportResultSchema.parse(await response.json());
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
    const first = ImportResultSchema.parse(await (await importYaml(server, DEMO_YAML)).json());
    const versionAfterFirst = await head();
    const second = ImportResultSchema.parse(await (await importYaml(server, DEMO_YAML)).json());
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
    await importYaml(server, FILE);
    const { cursor } = await syncAll(server);
    const edited = FILE.replace('title: Kept intent', 'title: Kept intent (renamed)');
    const result = ImportResultSchema.parse(await (await importYaml(server, edited)).json());
    expect(result).toMatchObject({ created: 0, updated: 1, deleted: 0, unchanged: 5 });
    const { changes } = await syncAll(server, { cursor });
    expect(changes).toMatchObject([
      { type: 'intent', id: 'keep', data: { title: 'Kept intent (renamed)' } },
    ]);
  });

  it('deletes entities missing from the file', async () => {
    await importYaml(server, FILE);
    const result = ImportResultSchema.parse(
      await (await importYaml(server, WITHOUT_DOOMED)).json(),
    );
    expect(result).toMatchObject({ created: 0, updated: 0, deleted: 1, unchanged: 5 });
    const { changes } = await syncAll(server);
    expect(changes.map((c) => c.id)).not.toContain('doomed');
  });

  it('keeps links people made, even one whose intent the file removes', async () => {
    await importYaml(server, FILE);
    await setLink('jira:acme.atlassian.net/PAY-1', { intentId: 'keep' });
    await setLink('jira:acme.atlassian.net/PAY-2', { intentId: 'doomed' });
    const result = ImportResultSchema.parse(
      await (await importYaml(server, WITHOUT_DOOMED)).json(),
    );
    // Only the intent: the file's own link to ENG-1 is unchanged, the people's links are kept.
    expect(result).toMatchObject({ deleted: 1, unchanged: 5 });
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

  it('takes a link the file lists from the file, even when a person made it first', async () => {
    await importYaml(server, FILE.replace(/links:[\s\S]*/, 'links: []\n'));
    await setLink('linear:acme/ENG-1', { bucketId: 'ktlo' });
    const result = ImportResultSchema.parse(await (await importYaml(server, FILE)).json());
    expect(result).toMatchObject({ created: 0, updated: 1 });
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
    const body = (await response.json()) as {
      error: { code: string; message: string; details: unknown[] };
    };
    expect(ApiErrorSchema.parse(body).error.code).toBe('invalid_input');
    expect(body.error.message).toContain('missions[0].goals[0].status (line 11)');
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'missions[0].goals[0].status', line: 11 }),
    ]);
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
