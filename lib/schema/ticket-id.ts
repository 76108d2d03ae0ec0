import { z } from 'zod';
import { systemOfTicketId } from './ticket-id-patterns';

export * from './ticket-id-patterns';

export const TicketIdSchema = z
  .string()
  .max(300)
  .refine((id) => systemOfTicketId(id) !== null, {
    message:
      'Not a canonical ticket id; expected jira:<host>/<KEY-1>, linear:<workspace>/<KEY-1> or github:<host>/<owner>/<repo>#<n>',
  });
export type TicketId = z.infer<typeof TicketIdSchema>;
