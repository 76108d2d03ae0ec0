import { z } from 'zod';
import { text } from './text';
import { TicketIdSchema, TrackerSystemSchema } from './ticket-id';

/** Entities of the Context API v1 (DESIGN.md, a contract). */
export const EntityIdSchema = text()
  .min(1, 'An id needs at least 1 character')
  .max(128, 'An id has at most 128 characters');

const shortText = text().max(500);
const longText = text().max(20_000);
export const HttpUrlSchema = text()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'Expected an http(s) URL',
  });

const server = {
  id: EntityIdSchema,
  version: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime({ offset: true }),
};

/** People write "50%" or 50 for half: say what the file wants instead. */
const SHARE = 'Expected a share from 0 to 1, like 0.5 for half';

export const BucketDataSchema = z.object({
  name: shortText.min(1),
  description: longText.optional(),
  targetShare: z.number({ error: SHARE }).min(0, SHARE).max(1, SHARE).optional(),
  color: text()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour like #4f46e5')
    .optional(),
});
export const MISSION_STATUSES = ['active', 'archived'] as const;
export const MissionDataSchema = z.object({
  title: shortText.min(1),
  summary: longText.optional(),
  owner: shortText.optional(),
  url: HttpUrlSchema.optional(),
  status: z.enum(MISSION_STATUSES).optional(),
});
export const GOAL_STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] as const;
export const MetricSchema = z.object({
  name: shortText.min(1),
  current: z.number().optional(),
  target: z.number().optional(),
  unit: text().max(40).optional(),
});
export const GoalDataSchema = z.object({
  missionId: EntityIdSchema,
  title: shortText.min(1),
  summary: longText.optional(),
  owner: shortText.optional(),
  timeframe: text().max(40).optional(),
  status: z.enum(GOAL_STATUSES).optional(),
  metric: MetricSchema.optional(),
  url: HttpUrlSchema.optional(),
});
export const IntentDataSchema = z.object({
  goalId: EntityIdSchema,
  title: shortText.min(1),
  summary: longText.optional(),
  owner: shortText.optional(),
  bucketId: EntityIdSchema.optional(),
  status: text().max(40).optional(),
  url: HttpUrlSchema.optional(),
});
const linkFields = {
  ticketId: TicketIdSchema,
  intentId: EntityIdSchema.optional(),
  bucketId: EntityIdSchema.optional(),
  /** Someone said no intent fits this work (then neither intentId nor bucketId); `note` says why. */
  noFit: z.literal(true).optional(),
  note: text().max(2000).optional(),
  linkedBy: shortText.optional(),
  linkedAt: z.iso.datetime({ offset: true }),
  title: shortText.optional(),
  url: HttpUrlSchema.optional(),
};
/** At least one of intentId / bucketId, or `noFit: true` with neither (DESIGN.md "link"). */
export const hasLinkTarget = (link: { intentId?: string; bucketId?: string; noFit?: true }) =>
  link.noFit === true
    ? link.intentId === undefined && link.bucketId === undefined
    : link.intentId !== undefined || link.bucketId !== undefined;
const hasTarget = hasLinkTarget;
const targetMessage = {
  message: 'A link needs an intentId or a bucketId, or noFit: true with neither',
};
export const LinkDataSchema = z.object(linkFields).refine(hasTarget, targetMessage);

/** A hostname as rules name it: lowercase, no scheme, no port. */
const RuleHostSchema = text()
  .max(253)
  .regex(
    /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/,
    'Expected a hostname like acme.atlassian.net (lowercase, no scheme or port)',
  );
/**
 * `PAY` (a Jira project or Linear team key), `acme/billing` (a repository or GitLab project path)
 * or `acme/*` (every project of an owner or group).
 */
const RuleProjectSchema = text()
  .max(300)
  .regex(
    /^(?:[A-Za-z][A-Za-z0-9_]{0,254}|[A-Za-z0-9_][\w.-]{0,99}(?:\/[A-Za-z0-9_][\w.-]{0,99})*\/(?:\*|[A-Za-z0-9_][\w.-]{0,99}))$/,
    'Expected a project key like PAY, a path like acme/billing, or acme/* for every project of acme',
  );
/** When a rule applies: every condition given must hold, and at least one is given. */
export const RuleConditionsSchema = z
  .strictObject({
    tracker: TrackerSystemSchema.optional(),
    host: RuleHostSchema.optional(),
    project: RuleProjectSchema.optional(),
    titleHas: z
      .array(shortText.trim().min(1, 'A word or phrase cannot be empty'), {
        error: 'Expected a list of words or phrases, like [incident, hotfix]',
      })
      .min(1, 'titleHas needs at least one word or phrase')
      .max(50)
      .optional(),
  })
  .refine((when) => Object.values(when).some((value) => value !== undefined), {
    message: 'A rule needs at least one condition (tracker, host, project or titleHas)',
  });
const ruleTarget = (rule: { intentId?: string; bucketId?: string }) =>
  rule.intentId !== undefined || rule.bucketId !== undefined;
const ruleTargetMessage = { message: 'A rule needs an intentId or a bucketId' };
const ruleFields = {
  name: shortText.min(1),
  /** Order of evaluation: the first rule that holds wins. */
  position: z.number().int().min(0),
  when: RuleConditionsSchema,
  intentId: EntityIdSchema.optional(),
  bucketId: EntityIdSchema.optional(),
};
export const RuleDataSchema = z.object(ruleFields).refine(ruleTarget, ruleTargetMessage);

export const BucketSchema = BucketDataSchema.extend(server);
export const MissionSchema = MissionDataSchema.extend(server);
export const GoalSchema = GoalDataSchema.extend(server);
export const IntentSchema = IntentDataSchema.extend(server);
export const LinkSchema = z
  .object({ ...linkFields, ...server, id: TicketIdSchema })
  .refine(hasTarget, targetMessage)
  .refine((link) => link.id === link.ticketId, { message: "A link's id is its ticketId" });

export const RuleSchema = z
  .object({ ...ruleFields, ...server })
  .refine(ruleTarget, ruleTargetMessage);

export type Bucket = z.infer<typeof BucketSchema>;
export type Mission = z.infer<typeof MissionSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Intent = z.infer<typeof IntentSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type RuleConditions = z.infer<typeof RuleConditionsSchema>;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ENTITY_TYPES = ['bucket', 'mission', 'goal', 'intent', 'link', 'rule'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const ENTITY_SCHEMAS = {
  bucket: BucketSchema,
  mission: MissionSchema,
  goal: GoalSchema,
  intent: IntentSchema,
  link: LinkSchema,
  rule: RuleSchema,
} as const;
export interface EntityByType {
  bucket: Bucket;
  mission: Mission;
  goal: Goal;
  intent: Intent;
  link: Link;
  rule: Rule;
}
