import { z } from 'zod';
import { HttpUrlSchema } from '../schema/entities';
import { cleanText } from '../schema/safe-text';
import type { LinkSetArgsSchema } from '../schema/mutations';

export type LinkSetArgs = z.input<typeof LinkSetArgsSchema>;

/** What a picker tags: the ticket as the page shows it. */
export interface TaggedTicket {
  id: string;
  title?: string;
  /** The page the ticket was tagged from; any length (a Jira board URL can run to thousands). */
  url?: string;
}

/**
 * An intent, a bucket, or both (a ticket may count against a bucket other than its intent's); or
 * "no intent fits", with an optional note saying why.
 */
export type TagTarget =
  | { intentId: string; bucketId?: string }
  | { intentId?: undefined; bucketId: string }
  | { noFit: true; note?: string };

const MAX_NOTE = 2000;

const MAX_TITLE = 500;

/**
 * The `link.set` arguments for tagging `ticket` to `target`, always valid for the mutation schema:
 * a page URL the schema would refuse (too long, not http) is shortened to what identifies the page
 * (no hash, then no query), or left out, so an odd URL never stops a tag.
 */
export function linkArgsFor(ticket: TaggedTicket, target: TagTarget): LinkSetArgs {
  const url = ticket.url === undefined ? undefined : acceptableUrl(ticket.url);
  // Page text: cleaned of what the server cannot store (NUL, lone surrogates), never refused.
  const title = ticket.title && cleanText(ticket.title.trim().slice(0, MAX_TITLE));
  return {
    ticketId: ticket.id,
    ...('noFit' in target ? noFitArgs(target.note) : target),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
  };
}

/** "No intent fits", with the note a person typed, if any (typed text, so cleaned and capped). */
function noFitArgs(note: string | undefined): { noFit: true; note?: string } {
  const text = cleanText(note?.trim() ?? '').slice(0, MAX_NOTE);
  return text ? { noFit: true, note: text } : { noFit: true };
}

/** The longest form of `url` the schema accepts: as is, without its hash, without its query. */
function acceptableUrl(url: string): string | undefined {
  const withoutHash = url.split('#')[0] ?? '';
  const withoutQuery = withoutHash.split('?')[0] ?? '';
  return [url, withoutHash, withoutQuery].find((form) => HttpUrlSchema.safeParse(form).success);
}
