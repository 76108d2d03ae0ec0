import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportResultSchema } from '../../../lib/schema/api';
import { RuleSchema } from '../../../lib/schema/entities';
import {
  headVersion,
  importYaml,
  openTestServer,
  syncAll,
  TEST_STORES,
  type TestServer,
} from '../harness';

const RULES = `rules:
  - id: billing-repo
    name: Billing repo serves self-serve
    when: { tracker: github, project: acme/billing }
    intent: self-serve
  - id: incidents
    name: Incidents keep the lights on
    when: { titleHas: [incident, hotfix] }
    bucket: ktlo
`;
const FILE = `workspace: Acme
buckets:
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: m1
    title: Mission one
    goals:
      - id: g1
        title: Goal one
        intents:
          - { id: self-serve, title: Self-serve checkout }
${RULES}`;
const WITHOUT_INCIDENTS = FILE.replace(/ {2}- id: incidents[\s\S]*/, '');
const WITHOUT_INTENT_AND_ITS_RULE = FILE.replace(
  '          - { id: self-serve, title: Self-serve checkout }\n',
  '          - { id: other, title: Another intent }\n',
).replace(/ {2}- id: billing-repo[\s\S]*?intent: self-serve\n/, '');

interface ErrorWithDetails {
  error: { code: string; message: string; details?: { path: string; line?: number }[] };
}

describe.each(TEST_STORES)('importing rules on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const importOk = async (yaml: string) => {
    const response = await importYaml(server, yaml);
    expect(response.status).toBe(200);
    return ImportResultSchema.parse(await response.json());
  };
  const refused = async (yaml: string) => {
    const before = await headVersion(server.store);
    const response = await importYaml(server, yaml);
    expect(response.status).toBe(400);
    expect(await headVersion(server.store)).toBe(before);
    return ((await response.json()) as ErrorWithDetails).error;
  };

  it('creates rules that the feed serves whole, in the order of the file, after their intent', async () => {
    expect(await importOk(FILE)).toMatchObject({ created: 6, updated: 0, deleted: 0 });
    const { changes } = await syncAll(server);
    const rules = changes.filter((c) => c.type === 'rule');
    expect(rules.map((c) => RuleSchema.parse(c.data))).toEqual([
      expect.objectContaining({
        id: 'billing-repo',
        name: 'Billing repo serves self-serve',
        position: 0,
        when: { tracker: 'github', project: 'acme/billing' },
        intentId: 'self-serve',
      }),
      expect.objectContaining({
        id: 'incidents',
        position: 1,
        when: { titleHas: ['incident', 'hotfix'] },
        bucketId: 'ktlo',
      }),
    ]);
    const order = changes.map((c) => `${c.type} ${c.id}`);
    expect(order.indexOf('rule billing-repo')).toBeGreaterThan(order.indexOf('intent self-serve'));
    expect(order.indexOf('rule incidents')).toBeGreaterThan(order.indexOf('bucket ktlo'));
  });

  it('changes nothing, not even a version, when the same rules are imported again', async () => {
    await importOk(FILE);
    const { cursor } = await syncAll(server);
    const version = await headVersion(server.store);
    expect(await importOk(FILE)).toEqual({
      workspace: 'Acme',
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: 6,
    });
    expect(await headVersion(server.store)).toBe(version);
    expect((await syncAll(server, { cursor })).changes).toEqual([]);
  });

  it('updates a rule whose place in the file changed', async () => {
    await importOk(FILE);
    const { cursor } = await syncAll(server);
    const swapped = FILE.replace(
      RULES,
      `rules:\n${RULES.split('  - id: ')
        .slice(1)
        .reverse()
        .map((r) => `  - id: ${r}`)
        .join('')}`,
    );
    expect(await importOk(swapped)).toMatchObject({ updated: 2, unchanged: 4 });
    const { changes } = await syncAll(server, { cursor });
    expect(changes.map((c) => [c.id, c.data?.position])).toEqual(
      expect.arrayContaining([
        ['incidents', 0],
        ['billing-repo', 1],
      ]),
    );
  });

  it('deletes a rule removed from the file, with a tombstone in the feed', async () => {
    await importOk(FILE);
    const { cursor } = await syncAll(server);
    expect(await importOk(WITHOUT_INCIDENTS)).toMatchObject({ deleted: 1, unchanged: 5 });
    const { changes } = await syncAll(server, { cursor });
    expect(changes).toMatchObject([{ type: 'rule', id: 'incidents', op: 'delete' }]);
  });

  it('deletes the rules of an intent the file removes, the rules first', async () => {
    await importOk(FILE);
    const { cursor } = await syncAll(server);
    expect(await importOk(WITHOUT_INTENT_AND_ITS_RULE)).toMatchObject({
      created: 1,
      deleted: 2,
    });
    const { changes } = await syncAll(server, { cursor });
    const deletes = changes.filter((c) => c.op === 'delete').map((c) => `${c.type} ${c.id}`);
    expect(deletes).toEqual(['rule billing-repo', 'intent self-serve']);
  });

  it('refuses a rule that keeps pointing at an intent the file removes, with its line and path', async () => {
    await importOk(FILE);
    const error = await refused(WITHOUT_INTENT_AND_ITS_RULE.replace('rules:\n', RULES));
    expect(error.details).toContainEqual(
      expect.objectContaining({ path: 'rules[0].intent', line: expect.any(Number) as number }),
    );
  });

  it.each([
    ['an unknown intent', 'intent: self-serve\n', 'intent: nowhere\n', 'rules[0].intent'],
    ['an unknown bucket', 'bucket: ktlo\n', 'bucket: nowhere\n', 'rules[1].bucket'],
    ['no condition', '{ titleHas: [incident, hotfix] }', '{}', 'rules[1].when'],
    ['an empty titleHas', '[incident, hotfix]', '[]', 'rules[1].when.titleHas'],
    [
      'an empty word in titleHas',
      '[incident, hotfix]',
      '[incident, "  "]',
      'rules[1].when.titleHas[1]',
    ],
    ['an unknown tracker', 'tracker: github', 'tracker: redmine', 'rules[0].when.tracker'],
    [
      'a bad project pattern',
      'project: acme/billing',
      'project: "acme/*/x"',
      'rules[0].when.project',
    ],
    ['a duplicate rule id', '- id: incidents', '- id: billing-repo', 'rules[1].id'],
  ])('refuses %s with its line and path, changing nothing', async (_what, from, to, path) => {
    await importOk(FILE);
    const bad = FILE.replace(RULES, RULES.replace(from, to));
    expect(bad).not.toBe(FILE);
    const error = await refused(bad);
    expect(error.code).toBe('invalid_input');
    const problem = error.details?.find((d) => d.path === path);
    expect(problem, JSON.stringify(error.details)).toBeDefined();
    expect(problem?.line).toBeGreaterThan(12);
  });
});
