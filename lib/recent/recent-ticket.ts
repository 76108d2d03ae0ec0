import { z } from 'zod';
import { pageText } from '../schema/text';
import { TicketIdSchema } from '../schema/ticket-id';

/**
 * A ticket this person opened lately, kept in this browser only (never sent): what the popup's
 * "Your recent tickets" counts, and the tickets an import preview counts each new rule against.
 * The title is the one the page showed, so rules and mentions read it as the sidebar did.
 */
export const RecentTicketSchema = z.object({
  id: TicketIdSchema,
  /** `PAY-42`, `acme/app#42`: what the popup shows. */
  key: z.string().min(1).max(300),
  title: pageText(500).optional(),
  /** When it was last opened (ISO time): sorted and pruned by this index. */
  when: z.iso.datetime({ offset: true }),
});
export type RecentTicket = z.infer<typeof RecentTicketSchema>;

/** What recording a ticket needs: its canonical id, and the title its page shows, if read yet. */
export const RecentTicketSeenSchema = z.object({
  id: TicketIdSchema,
  title: pageText(500).optional(),
});
export type RecentTicketSeen = z.input<typeof RecentTicketSeenSchema>;
