import { useEffect, useState } from 'react';
import { z } from 'zod';
import { TicketIdSchema } from '../../lib/schema/ticket-id';
import { readTicketHash, type FrameTicket } from '../../lib/sidebar/ticket-hash';

const FrameTicketSchema = z.object({
  id: TicketIdSchema,
  key: z.string().min(1).max(300),
  url: z.string().max(4096),
  title: z.string().max(500).optional(),
  theme: z.enum(['light', 'dark']).optional(),
});

function parse(hash: string): FrameTicket | undefined {
  const result = FrameTicketSchema.safeParse(readTicketHash(hash));
  return result.success ? result.data : undefined;
}

/** The ticket the content script put in this frame's hash; follows in-app navigation. */
export function useFrameTicket(): FrameTicket | undefined {
  const [ticket, setTicket] = useState(() => parse(location.hash));
  useEffect(() => {
    const onHashChange = () => setTicket(parse(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return ticket;
}
