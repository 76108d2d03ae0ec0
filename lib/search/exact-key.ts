import { detectTicket } from '../detect';

/**
 * What a query could name exactly, lowercased: the query itself (`pay-42`, `acme/app#42`, a
 * canonical id) and, when it is a pasted ticket URL, that ticket's canonical id.
 */
export function exactKeyCandidates(query: string): string[] {
  const text = query.trim();
  if (!text || /\s/.test(text)) return [];
  const candidates = [text.toLowerCase()];
  if (/^https?:\/\//i.test(text)) {
    const ticket = detectTicket(text);
    if (ticket) candidates.push(ticket.id.toLowerCase());
  }
  return candidates;
}
