import { z } from 'zod';
import { EntityIdSchema, HttpUrlSchema, hasLinkTarget } from './entities';
import { text } from './text';
import { TicketIdSchema } from './ticket-id';

export const LinkSetArgsSchema = z
  .object({
    ticketId: TicketIdSchema,
    intentId: EntityIdSchema.optional(),
    bucketId: EntityIdSchema.optional(),
    /** No intent fits this work: then neither intentId nor bucketId, and `note` may say why. */
    noFit: z.literal(true).optional(),
    note: text().max(2000).optional(),
    title: text().max(500).optional(),
    url: HttpUrlSchema.optional(),
  })
  .refine(hasLinkTarget, {
    message: 'link.set needs an intentId or a bucketId, or noFit: true with neither',
  });

export const MutationSchema = z.discriminatedUnion('type', [
  z.object({ id: z.uuid(), type: z.literal('link.set'), args: LinkSetArgsSchema }),
  z.object({
    id: z.uuid(),
    type: z.literal('link.clear'),
    args: z.object({ ticketId: TicketIdSchema }),
  }),
]);
export type Mutation = z.infer<typeof MutationSchema>;

export const MutationsRequestSchema = z.object({
  clientId: text().min(1).max(128),
  mutations: z.array(MutationSchema).min(1).max(100, 'At most 100 mutations per request'),
});
export type MutationsRequest = z.infer<typeof MutationsRequestSchema>;

export const MutationResultSchema = z.object({
  id: text().max(128),
  status: z.enum(['applied', 'duplicate', 'rejected']),
  error: text().max(2000).optional(),
});
export const MutationsResponseSchema = z.object({ results: z.array(MutationResultSchema) });
export type MutationResult = z.infer<typeof MutationResultSchema>;
