import { z } from 'zod';
import { ENTITY_TYPES } from '../schema/entities';
import { ContextFileProblemSchema } from './import-outcome';

/**
 * What importing a context file in standalone mode would change, as the options page receives it
 * from the worker before anything is written. Apart from the previewer so that pages never bundle
 * the YAML parser.
 */
export const CHANGE_KINDS = ['added', 'changed', 'removed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const count = z.number().int().nonnegative();

export const TypeChangesSchema = z.object({
  added: count,
  changed: count,
  removed: count,
  unchanged: count,
});
export type TypeChanges = z.infer<typeof TypeChangesSchema>;

export const ChangedEntitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  id: z.string(),
  /** What people call it: a title, a bucket's or rule's name, a ticket's key. */
  label: z.string(),
  change: z.enum(CHANGE_KINDS),
});
export type ChangedEntity = z.infer<typeof ChangedEntitySchema>;

export const RuleReachSchema = z.object({
  id: z.string(),
  name: z.string(),
  change: z.enum(['added', 'changed']),
  /** Tickets known here whose facts the rule's `when` holds for. */
  catches: count,
  /** Of those, how many would take their context from this rule (no tag, no via, no earlier rule). */
  decides: count,
});
export type RuleReach = z.infer<typeof RuleReachSchema>;

export const ImportPreviewSchema = z.object({
  workspace: z.object({ from: z.string().optional(), to: z.string() }),
  byType: z.record(z.enum(ENTITY_TYPES), TypeChangesSchema),
  /** The entities that change, named; at most a few per type and kind (`leftOut` counts the rest). */
  changed: z.array(ChangedEntitySchema),
  leftOut: count,
  /** New and changed rules, in the file's order, with their reach over the tickets known here. */
  rules: z.array(RuleReachSchema),
  /** Tickets known here: the ones you opened lately and the linked ones (now and in the file). */
  knownTickets: count,
  /** Your recent tickets with a why, now and after the import. */
  recent: z.object({ total: count, withWhyNow: count, withWhyAfter: count }),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const PreviewOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), preview: ImportPreviewSchema }),
  z.object({ ok: z.literal(false), problems: z.array(ContextFileProblemSchema) }),
]);
export type PreviewOutcome = z.infer<typeof PreviewOutcomeSchema>;
