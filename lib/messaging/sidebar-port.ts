import { z } from 'zod';
import { pageText } from '../schema/text';
import { TicketIdSchema } from '../schema/ticket-id';
import { SidebarStateSchema } from '../sidebar/state-schema';

/**
 * The sidebar frame keeps a port open to the worker: it subscribes to one ticket, and the worker
 * sends the whole sidebar state again whenever the local store changes what it shows.
 */
export const SIDEBAR_PORT = 'throughline.sidebar';

export const SidebarSubscribeSchema = z.object({
  type: z.literal('subscribe'),
  ticketId: TicketIdSchema,
  /** From the frame's URL: the content script that made the frame got it from the worker. */
  token: z.string().min(1).max(100),
  /** The title the page shows (from the frame's URL): what rules and mentions are read from. */
  title: pageText(500).optional(),
});

export const SidebarUpdateSchema = z.object({
  type: z.literal('state'),
  ticketId: z.string(),
  state: SidebarStateSchema,
});
export type SidebarUpdate = z.infer<typeof SidebarUpdateSchema>;
