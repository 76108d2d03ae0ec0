import { cleanText } from '../schema/safe-text';

/**
 * The sidebar frame learns its ticket from its URL hash (DESIGN.md "Parts"): the content script
 * writes it, the sidebar page reads it. No zod here: this file is part of the content script.
 * Only the id, the title read from the page, the token and the theme travel: the sidebar derives
 * the key and URL from the id, so a hash can't show one ticket while tagging another.
 */
export interface FrameTicket {
  id: string;
  key: string;
  title?: string;
  url: string;
  /** The host page's theme, so the sidebar matches it. */
  theme?: 'light' | 'dark';
  /** Binds the frame to the content script that made it (lib/sidebar/frame-bindings.ts). */
  token?: string;
}

export function ticketHash(ticket: Omit<FrameTicket, 'key' | 'url'>): string {
  const params = new URLSearchParams({ id: ticket.id });
  if (ticket.title) params.set('title', cleanText(ticket.title.slice(0, 500)));
  if (ticket.theme) params.set('theme', ticket.theme);
  if (ticket.token) params.set('token', ticket.token);
  return `#${params}`;
}

export function readTicketHash(hash: string): Partial<FrameTicket> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const title = params.get('title');
  return {
    id: params.get('id') ?? undefined,
    token: params.get('token') ?? undefined,
    title: title === null ? undefined : cleanText(title),
    theme:
      params.get('theme') === 'dark'
        ? 'dark'
        : params.get('theme') === 'light'
          ? 'light'
          : undefined,
  };
}
