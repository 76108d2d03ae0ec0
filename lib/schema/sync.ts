import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema } from './entities';
import { text } from './text';

/**
 * One page of GET /v1/sync. `data` stays unknown here: each item is validated against its
 * entity schema separately, so one bad item is quarantined instead of failing the page.
 */
export const ChangeSchema = z.discriminatedUnion('op', [
  z.object({
    type: EntityTypeSchema,
    op: z.literal('put'),
    id: EntityIdSchema.max(300),
    version: z.number().int().nonnegative(),
    data: z.record(text(), z.unknown()),
  }),
  z.object({
    type: EntityTypeSchema,
    op: z.literal('delete'),
    id: EntityIdSchema.max(300),
    version: z.number().int().nonnegative(),
  }),
]);
export type Change = z.infer<typeof ChangeSchema>;

export const SyncPageSchema = z.object({
  cursor: text().min(1).max(1000),
  more: z.boolean(),
  changes: z.array(z.unknown()),
});
export type SyncPage = z.infer<typeof SyncPageSchema>;

export const SYNC_LIMIT_MAX = 5000;
export const SYNC_LIMIT_DEFAULT = 1000;
export const SyncQuerySchema = z.object({
  cursor: text().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(SYNC_LIMIT_MAX).default(SYNC_LIMIT_DEFAULT),
});
