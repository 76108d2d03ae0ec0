import { useEffect, useState } from 'react';
import { z } from 'zod';
import { TicketIdSchema } from '../../lib/schema/ticket-id';
import { ticketKey, ticketUrl } from '../../lib/search/ticket-url';
import { readTicketHash, type FrameTicket } from '../../lib/sidebar/ticket-hash';

const FrameHashSchema = z.object({
  id: TicketIdSchema,
  title: z.string().max(500).optional(),
  theme: z.enum(['light', 'dark']).optional(),
  token: z.string().max(100).optional(),
});

/** Key and URL come from the id, never from the hash: what is shown is what gets tagged. */
function parse(hash: string): FrameTicket | undefined {
  const result = FrameHashSchema.safeParse(readTicketHash(hash));
  if (!result.success) return undefined;
  const url = ticketUrl(result.data.id);
  return url ? { ...result.data, key: ticketKey(result.data.id), url } : undefined;
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
