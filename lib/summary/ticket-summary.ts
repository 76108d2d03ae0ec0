/**
 * A ticket's context at a glance: what the content script draws on every ticket page (the
 * summary) and beside every ticket link on boards and lists (the marks). Text only, computed in
 * the worker. No zod here: content scripts import this file and must stay tiny.
 */
export interface TicketSummary {
  ticketId: string;
  /** Absent when nothing applies: the ticket is not linked. */
  bucket?: { name: string; color: string };
  goal?: string;
  intent?: string;
  /** Tagged "No intent fits". */
  noFit?: true;
  /** Where the context comes from: "Tagged by Dana, 3 Nov", "via PAY-42", "By rule: …". */
  source?: string;
  /** The same, as a kind: what the marks' "mix at a glance" strip counts. */
  from?: ContextFrom;
}

export type ContextFrom = 'tagged' | 'via' | 'rule';
const CONTEXT_FROM: readonly string[] = ['tagged', 'via', 'rule'] satisfies ContextFrom[];

const MAX_TEXT = 500;

/** Whether the ticket has any context to show (a tag, inherited, or "No intent fits"). */
export function hasContext(summary: TicketSummary): boolean {
  return (
    summary.noFit === true ||
    summary.bucket !== undefined ||
    summary.goal !== undefined ||
    summary.intent !== undefined
  );
}

/** The few words of our own around a summary, in the reader's language (lib/mount/page-words.ts). */
export interface SummaryWords {
  /** "Not linked" */
  notLinked: string;
  /** "No intent fits" */
  noFit: string;
  /** "Throughline" */
  prefix: string;
}

/** What the context is, in words: "Growth bets — Median time-to-match under 7 minutes". */
export function contextWords(summary: TicketSummary, words: SummaryWords): string {
  if (summary.noFit) return words.noFit;
  const named = [summary.bucket?.name, summary.goal ?? summary.intent].filter(Boolean);
  return named.length > 0 ? named.join(' — ') : words.notLinked;
}

/**
 * The summary button's accessible name (DESIGN.md "Ticket summary"): starts with "Throughline",
 * holds the bucket name and goal title or says the ticket is not linked, then where it comes from.
 */
export function summaryLabel(summary: TicketSummary, words: SummaryWords): string {
  const source = hasContext(summary) && summary.source ? ` (${summary.source})` : '';
  return `${words.prefix}: ${contextWords(summary, words)}${source}`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, MAX_TEXT) : undefined;
}

/**
 * Reads a summary that crossed a message boundary, keeping only the fields and types above; a
 * colour is only ever set as one CSS property value where it is drawn. Undefined when it is no summary.
 */
export function parseTicketSummary(value: unknown): TicketSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const ticketId = text(raw.ticketId);
  if (!ticketId) return undefined;
  const summary: TicketSummary = { ticketId };
  const bucket = raw.bucket as Record<string, unknown> | undefined;
  const bucketName = typeof bucket === 'object' && bucket !== null ? text(bucket.name) : undefined;
  if (bucketName) {
    summary.bucket = { name: bucketName, color: text(bucket?.color) ?? '' };
  }
  for (const field of ['goal', 'intent', 'source'] as const) {
    const value = text(raw[field]);
    if (value) summary[field] = value;
  }
  if (raw.noFit === true) summary.noFit = true;
  if (typeof raw.from === 'string' && CONTEXT_FROM.includes(raw.from))
    summary.from = raw.from as ContextFrom;
  return summary;
}

/**
 * Whether a bucket's colour may be painted: `#rrggbb`, as the server accepts it. Anything else
 * (from an older or a hostile source) is never put into a style.
 */
export function isBucketColor(color: string | undefined): color is string {
  return color !== undefined && /^#[0-9a-f]{6}$/i.test(color);
}
