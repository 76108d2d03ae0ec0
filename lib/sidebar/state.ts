import { z } from 'zod';
import { contextFor } from '../db/context';
import type { ThroughlineDb } from '../db/database';
import { readMeta, SyncStatusSchema } from '../db/meta';
import { siblingsOf } from '../db/queries/siblings';
import { TicketsByTrackerSchema } from '../db/queries/tickets-by-tracker';
import {
  BucketSchema,
  GoalSchema,
  IntentSchema,
  LinkSchema,
  MissionSchema,
} from '../schema/entities';

/**
 * Everything the sidebar frame renders, computed in the worker. The frame cannot read IndexedDB
 * itself: embedded in a tracker's page it is a third-party frame, and Chromium denies it storage
 * whenever third-party cookies are blocked (incognito, or by the user's settings).
 */
export const SidebarStateSchema = z.object({
  connection: z.object({ workspaceName: z.string(), userName: z.string() }).nullable(),
  status: SyncStatusSchema.nullable(),
  context: z
    .object({
      link: z.intersection(LinkSchema, z.object({ pending: z.enum(['set', 'clear']).optional() })),
      intent: IntentSchema.optional(),
      goal: GoalSchema.optional(),
      mission: MissionSchema.optional(),
      bucket: BucketSchema.optional(),
      missing: z.object({ intent: z.boolean(), bucket: z.boolean() }),
    })
    .nullable(),
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

/** Never includes the API token: the frame has no use for it. */
export async function sidebarStateFor(db: ThroughlineDb, ticketId: string): Promise<SidebarState> {
  const [connection, status, context, rejection, pendingCount] = await Promise.all([
    readMeta(db, 'connection'),
    readMeta(db, 'syncStatus'),
    contextFor(db, ticketId),
    db.rejections.get(ticketId),
    db.outbox.count(),
  ]);
  const refused = rejection?.mutation.type === 'link.set' ? rejection.mutation.args : undefined;
  const intentId = context?.intent?.id;
  const siblings = intentId ? { intentId, ...(await siblingsOf(db, ticketId, intentId)) } : null;
  const standalone = await readMeta(db, 'standalone');
  return {
    connection: connection
      ? { workspaceName: connection.workspaceName, userName: connection.userName }
      : null,
    status: status ?? null,
    context,
    rejection: rejection
      ? {
          reason: rejection.reason,
          at: rejection.at,
          intentId: refused?.intentId,
          bucketId: refused?.bucketId,
        }
      : null,
    pendingCount,
    siblings,
    // Standalone mode counts as connected, to the imported file's workspace (lib/standalone/).
    ...(standalone && {
      connection: { workspaceName: standalone.workspaceName, userName: '' },
      mode: 'standalone' as const,
    }),
  };
}
