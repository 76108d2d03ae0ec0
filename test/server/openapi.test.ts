import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ImportResultSchema, MeSchema } from '../../lib/schema/api';
import { MutationsResponseSchema } from '../../lib/schema/mutations';
import { ErrorBodySchema } from '../../server/http/errors';
import { HealthSchema } from '../../server/openapi/schemas';
import { SyncResponseSchema } from '../../server/sync/served-change';
import { DEMO_YAML, importYaml, openTestServer, TEST_STORES, type TestServer } from './harness';

interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

/** Every `$ref` anywhere in `value`. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === '$ref' && typeof v === 'string' ? [v] : refsIn(v),
  );
}

describe.each(TEST_STORES)('GET /v1/openapi.json on $name', (kind) => {
  let server: TestServer;
  let doc: Document;
  beforeAll(async () => {
    server = await openTestServer(kind);
    const response = await server.get('/v1/openapi.json');
    expect(response.status).toBe(200);
    doc = (await response.json()) as Document;
  });
  afterAll(() => server.close());

  it('describes every route the app serves, with its method, and nothing it does not', () => {
    const served = server.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(served);
  });

  it('gives every operation a response schema, every body a request schema, every error the Error shape', () => {
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        expect(op.responses['200']?.content?.['application/json']?.schema, where).toBeDefined();
        if (method === 'post') expect(op.requestBody?.content, where).toBeDefined();
        const errors = Object.keys(op.responses).filter((status) => status !== '200');
        if (path !== '/healthz')
          expect(errors, where).toEqual(expect.arrayContaining(['401', '429']));
        if (method === 'post')
          expect(errors, where).toEqual(expect.arrayContaining(['400', '413']));
        for (const status of errors)
          expect(
            op.responses[status]?.content?.['application/json']?.schema,
            `${where} ${status}`,
          ).toEqual({
            $ref: '#/components/schemas/Error',
          });
      }
    expect(Object.keys(doc.paths['/v1/import']?.post?.responses ?? {})).toContain('403');
    expect(Object.keys(doc.paths['/v1/sync']?.get?.responses ?? {})).toContain('410');
    expect(doc.paths['/healthz']?.get?.security).toEqual([]);
  });

  it('resolves every $ref and lists every error code', () => {
    for (const ref of refsIn(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas, ref).toHaveProperty(name);
    }
    const error = doc.components.schemas.Error as {
      properties: { error: { properties: { code: { enum: string[] } } } };
    };
    expect(error.properties.error.properties.code.enum).toEqual([...ERROR_CODES]);
  });

  it('takes the sync parameters from the schema the route validates them with', () => {
    const parameters = doc.paths['/v1/sync']?.get?.parameters ?? [];
    expect(parameters.map((p) => [p.name, p.in])).toEqual([
      ['cursor', 'query'],
      ['limit', 'query'],
    ]);
    expect(parameters[1]?.schema).toMatchObject({ minimum: 1, maximum: 5000, default: 1000 });
  });

  it('describes a put change with the whole entity of its type', () => {
    const link = doc.components.schemas.Link as { properties: Record<string, unknown> };
    expect(link.properties).toHaveProperty('ticketId');
    expect(JSON.stringify(doc.components.schemas.Change)).toContain('"ticketId"');
  });

  it('serves rules in the feed and noFit in link.set', () => {
    const change = JSON.stringify(doc.components.schemas.Change);
    expect(change).toContain('"const":"rule"');
    expect(change).toContain('"titleHas"');
    const rule = doc.components.schemas.Rule as { properties: Record<string, unknown> };
    expect(Object.keys(rule.properties)).toEqual(
      expect.arrayContaining(['name', 'position', 'when', 'intentId', 'bucketId']),
    );
    const link = doc.components.schemas.Link as { properties: Record<string, unknown> };
    expect(link.properties).toHaveProperty('noFit', expect.objectContaining({ const: true }));
    const request = JSON.stringify(doc.components.schemas.MutationsRequest);
    expect(request).toContain('"noFit"');
    expect(request).toContain('"note"');
  });

  it('matches what the server really answers', async () => {
    await importYaml(server, DEMO_YAML);
    const check = async (response: Promise<Response>, schema: { parse(value: unknown): unknown }) =>
      schema.parse(await (await response).json());
    await check(server.get('/healthz', null), HealthSchema);
    await check(server.get('/v1/me'), MeSchema);
    await check(server.get('/v1/sync?limit=50'), SyncResponseSchema);
    // The whole demo feed, so that its rules and its noFit link are checked too.
    const whole = (await check(server.get('/v1/sync?limit=5000'), SyncResponseSchema)) as {
      changes: { type: string }[];
    };
    expect(whole.changes.filter((c) => c.type === 'rule').length).toBeGreaterThan(0);
    await check(importYaml(server, DEMO_YAML), ImportResultSchema);
    await check(
      server.post('/v1/mutations', {
        clientId: 'c',
        mutations: [
          { id: crypto.randomUUID(), type: 'link.clear', args: { ticketId: 'linear:acme/ENG-1' } },
        ],
      }),
      MutationsResponseSchema,
    );
    await check(server.get('/v1/nope'), ErrorBodySchema.strict());
    await check(server.get('/v1/me', null), ErrorBodySchema);
  });
});
