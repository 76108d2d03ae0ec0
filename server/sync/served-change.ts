import { z } from 'zod';
import { ENTITY_SCHEMAS, type EntityType } from '../../lib/schema/entities';
import { ChangeSchema, SyncPageSchema } from '../../lib/schema/sync';

/*
 * What GET /v1/sync serves, precisely. lib/schema/sync.ts is the client's lenient reading (`data`
 * unknown, so one bad entity is quarantined instead of failing a page); these are the server's
 * promise: a put carries the whole entity of its type. The OpenAPI document is generated from
 * them, and the tests check real responses against them.
 */
const [PutChangeSchema, DeleteChangeSchema] = ChangeSchema.options;

const putOf = (type: EntityType) =>
  PutChangeSchema.extend({ type: z.literal(type), data: ENTITY_SCHEMAS[type] });

export const ServedChangeSchema = z.union([
  putOf('bucket'),
  putOf('mission'),
  putOf('goal'),
  putOf('intent'),
  putOf('link'),
  putOf('rule'),
  DeleteChangeSchema,
]);
export type ServedChange = z.infer<typeof ServedChangeSchema>;

export const SyncResponseSchema = SyncPageSchema.extend({
  changes: z.array(ServedChangeSchema),
});
