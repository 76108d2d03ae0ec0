import { z } from 'zod';
import type { TicketSummary } from './ticket-summary';

/** The worker's side of `TicketSummary` (content scripts check it by hand: parseTicketSummary). */
export const TicketSummarySchema = z.object({
  ticketId: z.string(),
  bucket: z.object({ name: z.string(), color: z.string() }).optional(),
  goal: z.string().optional(),
  intent: z.string().optional(),
  noFit: z.literal(true).optional(),
  source: z.string().optional(),
  from: z.enum(['tagged', 'via', 'rule']).optional(),
}) satisfies z.ZodType<TicketSummary>;
