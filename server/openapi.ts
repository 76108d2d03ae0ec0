import { z } from 'zod';
import { ApiErrorSchema, ImportResultSchema, MeSchema } from '../lib/schema/api';
import { ContextFileSchema } from '../lib/schema/context-file';
import { ENTITY_SCHEMAS } from '../lib/schema/entities';
import { MutationsRequestSchema, MutationsResponseSchema } from '../lib/schema/mutations';
import { ChangeSchema, SyncPageSchema } from '../lib/schema/sync';

/** The schemas the document names, generated from the same zod schemas the server validates with. */
const SCHEMAS: Record<string, z.ZodType> = {
  Me: MeSchema,
  Error: ApiErrorSchema,
  Change: ChangeSchema,
  SyncPage: SyncPageSchema,
  MutationsRequest: MutationsRequestSchema,
  MutationsResponse: MutationsResponseSchema,
  ContextFile: ContextFileSchema,
  ImportResult: ImportResultSchema,
  Bucket: ENTITY_SCHEMAS.bucket,
  Mission: ENTITY_SCHEMAS.mission,
  Goal: ENTITY_SCHEMAS.goal,
  Intent: ENTITY_SCHEMAS.intent,
  Link: ENTITY_SCHEMAS.link,
};

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  // Refinements (cross-field rules) have no JSON Schema form and are left out; the server still
  // enforces them.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [status, { description: 'Error', ...json('Error') }]),
  );

const PATHS = {
  '/healthz': {
    get: { security: [], responses: { 200: { description: 'The server is up' } } },
  },
  '/v1/me': {
    get: {
      responses: {
        200: { description: 'Token user and workspace', ...json('Me') },
        ...errors(401),
      },
    },
  },
  '/v1/sync': {
    get: {
      parameters: [
        {
          name: 'cursor',
          in: 'query',
          schema: { type: 'string' },
          description: 'Opaque; none means from the start',
        },
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 5000, default: 1000 },
        },
      ],
      responses: {
        200: { description: 'One page of changes', ...json('SyncPage') },
        ...errors(400, 401, 410),
      },
    },
  },
  '/v1/mutations': {
    post: {
      requestBody: { required: true, ...json('MutationsRequest') },
      responses: {
        200: { description: 'One result per mutation', ...json('MutationsResponse') },
        ...errors(400, 401, 413),
      },
    },
  },
  '/v1/import': {
    post: {
      description: 'Admin only. YAML with Content-Type application/yaml, else JSON.',
      requestBody: {
        required: true,
        content: {
          'application/yaml': { schema: ref('ContextFile') },
          'application/json': { schema: ref('ContextFile') },
        },
      },
      responses: {
        200: { description: 'What changed', ...json('ImportResult') },
        ...errors(400, 401, 403, 413),
      },
    },
  },
  '/v1/openapi.json': {
    get: { responses: { 200: { description: 'This document' }, ...errors(401) } },
  },
};

let cached: Record<string, unknown> | undefined;

/** The OpenAPI 3.1 document of the context API v1 (built once, on first request). */
export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'Throughline context API', version: '1' },
    security: [{ bearer: [] }],
    paths: PATHS,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: Object.fromEntries(
        Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchemaOf(schema)]),
      ),
    },
  };
  return cached;
}
