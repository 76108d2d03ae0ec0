import { z } from 'zod';
import { text } from './text';
import { TicketIdSchema } from './ticket-id';

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

export const BucketDataSchema = z.object({
  name: shortText.min(1),
  description: longText.optional(),
  targetShare: z.number().min(0).max(1).optional(),
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
  note: text().max(2000).optional(),
  linkedBy: shortText.optional(),
  linkedAt: z.iso.datetime({ offset: true }),
  title: shortText.optional(),
  url: HttpUrlSchema.optional(),
};
const hasTarget = (link: { intentId?: string; bucketId?: string }) =>
  link.intentId !== undefined || link.bucketId !== undefined;
const targetMessage = { message: 'A link needs an intentId or a bucketId' };
export const LinkDataSchema = z.object(linkFields).refine(hasTarget, targetMessage);

export const BucketSchema = BucketDataSchema.extend(server);
export const MissionSchema = MissionDataSchema.extend(server);
export const GoalSchema = GoalDataSchema.extend(server);
export const IntentSchema = IntentDataSchema.extend(server);
export const LinkSchema = z
  .object({ ...linkFields, ...server, id: TicketIdSchema })
  .refine(hasTarget, targetMessage)
  .refine((link) => link.id === link.ticketId, { message: "A link's id is its ticketId" });

export type Bucket = z.infer<typeof BucketSchema>;
export type Mission = z.infer<typeof MissionSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Intent = z.infer<typeof IntentSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ENTITY_TYPES = ['bucket', 'mission', 'goal', 'intent', 'link'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const ENTITY_SCHEMAS = {
  bucket: BucketSchema,
  mission: MissionSchema,
  goal: GoalSchema,
  intent: IntentSchema,
  link: LinkSchema,
} as const;
export interface EntityByType {
  bucket: Bucket;
  mission: Mission;
  goal: Goal;
  intent: Intent;
  link: Link;
}
