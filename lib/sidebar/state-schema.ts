import { z } from 'zod';
import { SyncStatusSchema } from '../db/meta';
import { TicketsByTrackerSchema } from '../db/queries/tickets-by-tracker';
import {
  BucketSchema,
  GoalSchema,
  IntentSchema,
  LinkSchema,
  MissionSchema,
} from '../schema/entities';

/**
 * Everything the sidebar frame renders, computed in the worker (state.ts). The frame cannot read
 * IndexedDB itself: embedded in a tracker's page it is a third-party frame, and Chromium denies it
 * storage whenever third-party cookies are blocked (incognito, or by the user's settings). This
 * file is all the frame loads of it: the worker's side brings Dexie, which the frame must not pay
 * for when it opens.
 */
const ChainSchema = {
  intent: IntentSchema.optional(),
  goal: GoalSchema.optional(),
  mission: MissionSchema.optional(),
  bucket: BucketSchema.optional(),
  missing: z.object({ intent: z.boolean(), bucket: z.boolean() }),
};

/** Context a ticket without a link of its own inherits: from the ticket its title names, or a rule. */
const InheritedSchema = z.discriminatedUnion('source', [
  z.object({
    ...ChainSchema,
    source: z.literal('via'),
    via: z.object({ ticketId: z.string(), key: z.string(), text: z.string() }),
  }),
  z.object({
    ...ChainSchema,
    source: z.literal('rule'),
    rule: z.object({ id: z.string(), name: z.string() }),
  }),
]);
export type InheritedState = z.infer<typeof InheritedSchema>;

const MatchedRuleSchema = z.object({
  id: z.string(),
  name: z.string(),
  intentId: z.string().optional(),
  bucketId: z.string().optional(),
});

export const SidebarStateSchema = z.object({
  connection: z.object({ workspaceName: z.string(), userName: z.string() }).nullable(),
  status: SyncStatusSchema.nullable(),
  /** The ticket's own link (a tag, a context-file link, "no intent fits"): it always wins. */
  context: z
    .object({
      link: z.intersection(LinkSchema, z.object({ pending: z.enum(['set', 'clear']).optional() })),
      ...ChainSchema,
    })
    .nullable(),
  /** Without a link of its own: what the ticket inherits, and from where. */
  inherited: InheritedSchema.nullable().optional(),
  /** Every rule that holds for this ticket, in order, whatever won. */
  matchedRules: z.array(MatchedRuleSchema).optional(),
  /** The last change to this ticket's tag that the server refused, until retried or dismissed. */
  rejection: z
    .object({
      reason: z.string(),
      at: z.string(),
      intentId: z.string().optional(),
      bucketId: z.string().optional(),
    })
    .nullable(),
  /** Local changes (any ticket) not yet on the server. */
  pendingCount: z.number().int().nonnegative(),
  /** The other tickets on this ticket's intent, on every tracker; null when it has no intent. */
  siblings: TicketsByTrackerSchema.extend({ intentId: z.string() }).nullable().optional(),
  /** 'standalone': the context comes from a file imported in the options page; there is no server. */
  mode: z.literal('standalone').optional(),
});
export type SidebarState = z.infer<typeof SidebarStateSchema>;
