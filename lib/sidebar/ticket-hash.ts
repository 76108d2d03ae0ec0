/**
 * The sidebar frame learns its ticket from its URL hash (DESIGN.md "Parts"): the content script
 * writes it, the sidebar page reads it. No zod here: this file is part of the content script.
 */
export interface FrameTicket {
  id: string;
  key: string;
  title?: string;
  url: string;
  /** The host page's theme, so the sidebar matches it. */
  theme?: 'light' | 'dark';
}

export function ticketHash(ticket: FrameTicket): string {
  const params = new URLSearchParams({ id: ticket.id, key: ticket.key, url: ticket.url });
  if (ticket.title) params.set('title', ticket.title.slice(0, 500));
  if (ticket.theme) params.set('theme', ticket.theme);
  return `#${params}`;
}

export function readTicketHash(hash: string): Partial<FrameTicket> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    id: params.get('id') ?? undefined,
    key: params.get('key') ?? undefined,
    url: params.get('url') ?? undefined,
    title: params.get('title') ?? undefined,
    theme:
      params.get('theme') === 'dark'
        ? 'dark'
        : params.get('theme') === 'light'
          ? 'light'
          : undefined,
  };
}
