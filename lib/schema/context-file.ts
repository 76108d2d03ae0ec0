import { z } from 'zod';
import {
  BucketDataSchema,
  EntityIdSchema,
  GoalDataSchema,
  HttpUrlSchema,
  IntentDataSchema,
  MissionDataSchema,
  RuleConditionsSchema,
} from './entities';
import { text } from './text';
import { TicketIdSchema } from './ticket-id';

/**
 * The context file (DESIGN.md "Context file", a contract): what product operations keep under
 * version control. Objects are strict so that a misspelt key is reported, not silently dropped.
 */
const ContextIntentSchema = z.strictObject({
  ...IntentDataSchema.omit({ goalId: true, bucketId: true }).shape,
  id: EntityIdSchema,
  bucket: EntityIdSchema.optional(),
});
const ContextGoalSchema = z.strictObject({
  ...GoalDataSchema.omit({ missionId: true }).shape,
  id: EntityIdSchema,
  intents: z.array(ContextIntentSchema).default([]),
});
const ContextMissionSchema = z.strictObject({
  ...MissionDataSchema.shape,
  id: EntityIdSchema,
  goals: z.array(ContextGoalSchema).default([]),
});
const ContextBucketSchema = z.strictObject({ ...BucketDataSchema.shape, id: EntityIdSchema });
const ContextLinkSchema = z
  .strictObject({
    ticket: TicketIdSchema,
    intent: EntityIdSchema.optional(),
    bucket: EntityIdSchema.optional(),
    noFit: z.literal(true).optional(),
    note: text().max(2000).optional(),
    title: text().max(500).optional(),
    url: HttpUrlSchema.optional(),
  })
  .refine(
    (link) =>
      link.noFit === true
        ? link.intent === undefined && link.bucket === undefined
        : link.intent !== undefined || link.bucket !== undefined,
    { message: 'A link needs an intent or a bucket, or noFit: true with neither' },
  );
/** A rule: its place in the file is its position; the first that holds for a ticket wins. */
const ContextRuleSchema = z
  .strictObject({
    id: EntityIdSchema,
    name: text().min(1).max(500),
    when: RuleConditionsSchema,
    intent: EntityIdSchema.optional(),
    bucket: EntityIdSchema.optional(),
  })
  .refine((rule) => rule.intent !== undefined || rule.bucket !== undefined, {
    message: 'A rule needs an intent or a bucket',
  });

export const ContextFileSchema = z
  .strictObject({
    workspace: text().min(1).max(200),
    buckets: z.array(ContextBucketSchema).default([]),
    missions: z.array(ContextMissionSchema).default([]),
    links: z.array(ContextLinkSchema).default([]),
    rules: z.array(ContextRuleSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    const claim = (kind: string, id: string, path: (string | number)[]) => {
      const key = `${kind}:${id}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path, message: `Duplicate ${kind} id "${id}"` });
      seen.set(key, kind);
    };
    file.buckets.forEach((b, i) => claim('bucket', b.id, ['buckets', i, 'id']));
    const intents = new Set<string>();
    file.missions.forEach((m, mi) => {
      claim('mission', m.id, ['missions', mi, 'id']);
      m.goals.forEach((g, gi) => {
        claim('goal', g.id, ['missions', mi, 'goals', gi, 'id']);
        g.intents.forEach((it, ii) => {
          const path = ['missions', mi, 'goals', gi, 'intents', ii];
          claim('intent', it.id, [...path, 'id']);
          intents.add(it.id);
          if (it.bucket !== undefined && !seen.has(`bucket:${it.bucket}`))
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'bucket'],
              message: `Unknown bucket "${it.bucket}"`,
            });
        });
      });
    });
    const tickets = new Set<string>();
    file.links.forEach((l, i) => {
      if (tickets.has(l.ticket))
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'ticket'],
          message: `Duplicate link for ${l.ticket}`,
        });
      tickets.add(l.ticket);
      if (l.intent !== undefined && !intents.has(l.intent))
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'intent'],
          message: `Unknown intent "${l.intent}"`,
        });
      if (l.bucket !== undefined && !seen.has(`bucket:${l.bucket}`))
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'bucket'],
          message: `Unknown bucket "${l.bucket}"`,
        });
    });
    file.rules.forEach((r, i) => {
      claim('rule', r.id, ['rules', i, 'id']);
      if (r.intent !== undefined && !intents.has(r.intent))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'intent'],
          message: `Unknown intent "${r.intent}"`,
        });
      if (r.bucket !== undefined && !seen.has(`bucket:${r.bucket}`))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'bucket'],
          message: `Unknown bucket "${r.bucket}"`,
        });
    });
  });
export type ContextFile = z.infer<typeof ContextFileSchema>;
