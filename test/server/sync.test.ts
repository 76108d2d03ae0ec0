import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseContextFile } from '../../lib/context-file/parse';
import { entitiesOfContextFile } from '../../lib/context-file/to-entities';
import { ApiErrorSchema } from '../../lib/schema/api';
import { ENTITY_SCHEMAS, type EntityType } from '../../lib/schema/entities';
import { ChangeSchema, SyncPageSchema } from '../../lib/schema/sync';
import { readWorkspace } from '../../server/workspace';
import { SyncResponseSchema } from '../../server/sync/served-change';
import {
  DEMO_YAML,
  importYaml,
  openTestServer,
  replay,
  syncAll,
  TEST_STORES,
  type ChangeJson,
  type TestServer,
} from './harness';

const parsed = parseContextFile(DEMO_YAML);
if (!parsed.ok) throw new Error('demo.yaml does not parse');
const demoEntities = entitiesOfContextFile(parsed.file);

const SMALL = `
workspace: Small
buckets: [{ id: b1, name: Bucket one }]
missions:
  - id: m1
    title: Mission one
    goals:
      - id: g1
        title: Goal one
        intents:
          - { id: i1, title: Intent one }
          - { id: i2, title: Intent two }
links:
  - { ticket: "linear:acme/ENG-1", intent: i1 }
  - { ticket: "linear:acme/ENG-2", intent: i2 }
`;
const SMALL_WITHOUT_I2 = SMALL.replace('          - { id: i2, title: Intent two }\n', '').replace(
  '  - { ticket: "linear:acme/ENG-2", intent: i2 }\n',
  '',
);

function linkSet(id: string, ticketId: string, intentId: string) {
  return { id, type: 'link.set', args: { ticketId, intentId } };
}

describe.each(TEST_STORES)('GET /v1/sync on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  describe('bootstrap', () => {
    it('pages through exactly the current entities, once each, in increasing versions', async () => {
      expect((await importYaml(server, DEMO_YAML)).status).toBe(200);
      const { changes, pages } = await syncAll(server, { limit: 7 });
      expect(pages).toBe(Math.ceil(demoEntities.length / 7));
      expect(changes.map((c) => `${c.type}:${c.id}`).sort()).toEqual(
        demoEntities.map((e) => `${e.type}:${e.id}`).sort(),
      );
      const versions = changes.map((c) => c.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(versions.length);
      // Exactly what the OpenAPI document promises, entity by entity.
      expect(SyncResponseSchema.shape.changes.safeParse(changes).error).toBeUndefined();
      for (const change of changes) {
        expect(ChangeSchema.parse(change).op).toBe('put');
        const entity = ENTITY_SCHEMAS[change.type as EntityType].parse(change.data);
        expect(entity).toMatchObject({ id: change.id, version: change.version });
      }
    });

    it('serves the whole entity in data, links with linkedBy import', async () => {
      await importYaml(server, DEMO_YAML);
      const { changes } = await syncAll(server);
      const link = changes.find((c) => c.id === 'github:github.com/acme/app#42');
      expect(link?.data).toMatchObject({
        ticketId: 'github:github.com/acme/app#42',
        bucketId: 'ktlo',
        note: 'Flaky deploys',
        linkedBy: 'import',
      });
      const goal = changes.find((c) => c.type === 'goal' && c.id === 'activation');
      expect(goal?.data).toMatchObject({
        missionId: 'self-serve',
        title: 'Raise week-1 activation to 45%',
        metric: { name: 'Week-1 activation', current: 0.38, target: 0.45, unit: 'ratio' },
      });
    });

    it('leaves out entities deleted before it started', async () => {
      await importYaml(server, SMALL);
      await importYaml(server, SMALL_WITHOUT_I2);
      const { changes } = await syncAll(server, { limit: 2 });
      expect(changes.every((c) => c.op === 'put')).toBe(true);
      expect(changes.map((c) => c.id)).not.toContain('i2');
      expect(changes).toHaveLength(5);
    });

    it('reports the delete of an entity it already delivered when the delete happens mid-bootstrap', async () => {
      await importYaml(server, SMALL);
      const first = (await (await server.get('/v1/sync?limit=5')).json()) as {
        cursor: string;
        changes: ChangeJson[];
      };
      expect(first.changes.map((c) => c.id)).toContain('i2');
      await importYaml(server, SMALL_WITHOUT_I2);
      const rest = await syncAll(server, { cursor: first.cursor, limit: 4 });
      const state = replay([...first.changes, ...rest.changes]);
      expect([...state.keys()].sort()).toEqual(
        ['bucket:b1', 'mission:m1', 'goal:g1', 'intent:i1', 'link:linear:acme/ENG-1'].sort(),
      );
    });

    it('serves ids and text that need escaping in JSON intact', async () => {
      const id = 'quote " backslash \\ tab \t line\u2028 ünï 🚀';
      const file = { workspace: 'Esc', buckets: [{ id, name: 'Name with "quotes"' }] };
      expect((await server.post('/v1/import', JSON.stringify(file))).status).toBe(200);
      const { changes } = await syncAll(server);
      expect(changes).toMatchObject([
        { type: 'bucket', id, data: { id, name: 'Name with "quotes"' } },
      ]);
    });

    it('answers an empty workspace with no changes and a cursor to continue from', async () => {
      const response = await server.get('/v1/sync');
      const page = SyncPageSchema.parse(await response.json());
      expect(page).toMatchObject({ more: false, changes: [] });
      await importYaml(server, SMALL);
      const { changes } = await syncAll(server, { cursor: page.cursor });
      expect(changes).toHaveLength(7);
    });
  });

  describe('delta', () => {
    it('returns only a link set by a mutation after the cursor, then nothing', async () => {
      await importYaml(server, SMALL);
      const { cursor } = await syncAll(server);
      const response = await server.post(
        '/v1/mutations',
        {
          clientId: 'c1',
          mutations: [
            linkSet('7f8c1e0a-4a5b-4c6d-8e9f-0a1b2c3d4e5f', 'jira:acme.atlassian.net/PAY-7', 'i1'),
          ],
        },
        { token: server.memberToken },
      );
      expect(response.status).toBe(200);
      const delta = await syncAll(server, { cursor });
      expect(delta.changes).toHaveLength(1);
      expect(delta.changes[0]).toMatchObject({
        type: 'link',
        op: 'put',
        id: 'jira:acme.atlassian.net/PAY-7',
        data: { intentId: 'i1', linkedBy: 'alice' },
      });
      const again = await syncAll(server, { cursor: delta.cursor });
      expect(again.changes).toEqual([]);
    });

    it('returns deletes, children first, after an import that removes an intent', async () => {
      await importYaml(server, SMALL);
      const { cursor } = await syncAll(server);
      await importYaml(server, SMALL_WITHOUT_I2);
      const { changes } = await syncAll(server, { cursor });
      expect(changes.map(({ type, op, id }) => ({ type, op, id }))).toEqual([
        { type: 'link', op: 'delete', id: 'linear:acme/ENG-2' },
        { type: 'intent', op: 'delete', id: 'i2' },
      ]);
      expect(changes[0]).not.toHaveProperty('data');
    });
  });

  describe('cursor and limit', () => {
    async function expectExpired(response: Response) {
      expect(response.status).toBe(410);
      const { error } = ApiErrorSchema.parse(await response.json());
      expect(error.code).toBe('cursor_expired');
      expect(error.message).toMatch(/start over/);
    }

    it('answers 410 for a cursor that does not decode', async () => {
      await expectExpired(await server.get('/v1/sync?cursor=garbage!!'));
      await expectExpired(await server.get('/v1/sync?cursor=bm90LWpzb24'));
      const wrongShape = Buffer.from(JSON.stringify({ w: 'x', v: -1, b: 0 })).toString('base64url');
      await expectExpired(await server.get(`/v1/sync?cursor=${wrongShape}`));
    });

    it('answers 410 for a cursor issued by another workspace', async () => {
      await importYaml(server, SMALL);
      const { cursor } = await syncAll(server);
      const { id } = await readWorkspace(server.store);
      await server.store.query('UPDATE workspace SET id = gen_random_uuid()::text');
      try {
        await expectExpired(await server.get(`/v1/sync?cursor=${cursor}`));
      } finally {
        await server.store.query('UPDATE workspace SET id = $1', [id]);
      }
      expect((await server.get(`/v1/sync?cursor=${cursor}`)).status).toBe(200);
    });

    it('answers 410 for a cursor ahead of this server, as after restoring an older backup', async () => {
      await importYaml(server, SMALL);
      const { cursor } = await syncAll(server);
      await server.reset();
      await expectExpired(await server.get(`/v1/sync?cursor=${cursor}`));
    });

    it('accepts limits from 1 to 5000 and answers 400 outside them', async () => {
      await importYaml(server, SMALL);
      for (const limit of ['0', '5001', '-1', '1.5', 'abc', ''])
        expect((await server.get(`/v1/sync?limit=${limit}`)).status, `limit=${limit}`).toBe(400);
      const one = SyncPageSchema.parse(await (await server.get('/v1/sync?limit=1')).json());
      expect(one).toMatchObject({ more: true });
      expect(one.changes).toHaveLength(1);
      const max = SyncPageSchema.parse(await (await server.get('/v1/sync?limit=5000')).json());
      expect(max.changes).toHaveLength(7);
    });

    it('uses a page of 1000 by default', async () => {
      const links = Array.from(
        { length: 1001 },
        (_, i) => `  - { ticket: "linear:acme/ENG-${i + 1}", intent: i1 }`,
      );
      await importYaml(server, `${SMALL.split('links:')[0]}links:\n${links.join('\n')}\n`);
      const page = SyncPageSchema.parse(await (await server.get('/v1/sync')).json());
      expect(page.changes).toHaveLength(1000);
      expect(page.more).toBe(true);
    });
  });
});
