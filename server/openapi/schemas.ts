import { z } from 'zod';
import { ImportResultSchema, MeSchema } from '../../lib/schema/api';
import { ContextFileSchema } from '../../lib/schema/context-file';
import { ENTITY_SCHEMAS } from '../../lib/schema/entities';
import { MutationsRequestSchema, MutationsResponseSchema } from '../../lib/schema/mutations';
import { ErrorBodySchema } from '../http/errors';
import { ServedChangeSchema, SyncResponseSchema } from '../sync/served-change';

export const HealthSchema = z.object({ ok: z.literal(true) });

/**
 * The schemas the document names: the very zod schemas the server validates requests with and
 * types its answers by, turned into JSON Schema. Nothing here is written twice.
 */
export const COMPONENT_SCHEMAS = {
  Health: HealthSchema,
  Me: MeSchema,
  Error: ErrorBodySchema,
  Change: ServedChangeSchema,
  SyncPage: SyncResponseSchema,
  MutationsRequest: MutationsRequestSchema,
  MutationsResponse: MutationsResponseSchema,
  ContextFile: ContextFileSchema,
  ImportResult: ImportResultSchema,
  Bucket: ENTITY_SCHEMAS.bucket,
  Mission: ENTITY_SCHEMAS.mission,
  Goal: ENTITY_SCHEMAS.goal,
  Intent: ENTITY_SCHEMAS.intent,
  Link: ENTITY_SCHEMAS.link,
  Rule: ENTITY_SCHEMAS.rule,
} satisfies Record<string, z.ZodType>;
export type ComponentName = keyof typeof COMPONENT_SCHEMAS;

/**
 * JSON Schema of a zod schema, as a request (`input`: defaults make fields optional) or as a
 * response (`output`). Cross-field refinements (a link needs an intent or a bucket) have no JSON
 * Schema form and are left out; the server still enforces them.
 */
export function jsonSchemaOf(
  schema: z.ZodType,
  io: 'input' | 'output' = 'output',
): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** Request bodies are described as what a client may send; everything else as what is sent. */
const REQUEST_BODIES: ReadonlySet<ComponentName> = new Set(['MutationsRequest', 'ContextFile']);

export function componentSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => [
      name,
      jsonSchemaOf(schema, REQUEST_BODIES.has(name as ComponentName) ? 'input' : 'output'),
    ]),
  );
}
