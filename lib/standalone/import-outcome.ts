import { z } from 'zod';
import { ENTITY_TYPES } from '../schema/entities';

/**
 * What importing a context file answers, as the options page receives it from the worker. Kept
 * apart from the importer so that message schemas do not pull the YAML parser into every page.
 */
export const ContextFileProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
});

export const ImportOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    workspaceName: z.string(),
    counts: z.record(z.enum(ENTITY_TYPES), z.number().int().nonnegative()),
  }),
  z.object({ ok: z.literal(false), problems: z.array(ContextFileProblemSchema) }),
]);
