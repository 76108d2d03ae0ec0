import { z } from 'zod';
import { CONNECT_INPUT_MAX, ConnectReplySchema } from '../connection/connect-reply';
import { LinkSetArgsSchema } from '../schema/mutations';
import { cleanText } from '../schema/safe-text';
import { pageText } from '../schema/text';
import { TicketIdSchema } from '../schema/ticket-id';
import { PickerOptionSchema } from '../tagging/picker-option';
import { SearchAnswerSchema } from '../search/search-answer';
import { ImportOutcomeSchema } from '../standalone/import-outcome';
import { TicketSummarySchema } from '../summary/ticket-summary-schema';
import { PageWordsSchema } from '../summary/page-words-schema';
import { PreviewOutcomeSchema } from '../standalone/preview-outcome';
import { MARKS_WATCH_MAX } from '../marks/marks-limits';
import { MixBucketsSchema } from '../marks/mix-buckets';

const Done = z.object({ ok: z.boolean(), error: z.string().optional() });

function withCleanTitle(value: unknown): unknown {
  const title = (value as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? { ...(value as object), title: cleanText(title) } : value;
}

/**
 * Every message between content scripts, extension pages and the worker: name → who may send it,
 * request and response schemas. Both ends parse with these, so a malformed message is rejected,
 * not guessed at. `extension-page` messages change data and are refused from content scripts.
 */
export const PROTOCOL = {
  'sync.now': { from: 'extension-page', request: z.object({}), response: Done },
  'link.set': {
    from: 'extension-page',
    // The mutation's own schema: what the worker accepts is exactly what the server will. The
    // title is text read from a page, so it is cleaned of what the server cannot store first.
    request: z.preprocess(withCleanTitle, LinkSetArgsSchema),
    response: Done,
  },
  'link.clear': {
    from: 'extension-page',
    request: z.object({ ticketId: TicketIdSchema }),
    response: Done,
  },
  'picker.search': {
    from: 'extension-page',
    request: z.object({
      query: z.string().max(200),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    response: z.object({ options: z.array(PickerOptionSchema) }),
  },
  'rejection.dismiss': {
    from: 'extension-page',
    request: z.object({ ticketId: TicketIdSchema }),
    response: Done,
  },
  // Options page (issue 7). The worker runs these between syncs, never during one.
  'connection.connect': {
    from: 'extension-page',
    request: z.object({
      apiUrl: z.string().max(CONNECT_INPUT_MAX),
      token: z.string().max(CONNECT_INPUT_MAX),
    }),
    response: ConnectReplySchema,
  },
  'connection.disconnect': { from: 'extension-page', request: z.object({}), response: Done },
  'local.reset': {
    from: 'extension-page',
    request: z.object({}),
    response: Done.extend({ keptPending: z.number().int().nonnegative().optional() }),
  },
  'standalone.import': {
    from: 'extension-page',
    request: z.object({
      // 5 MB (CONTEXT_FILE_MAX_BYTES); the number is repeated so no page bundles the YAML parser.
      text: z.string().max(5 * 1024 * 1024),
      fileName: z.string().max(255).optional(),
    }),
    response: ImportOutcomeSchema,
  },
  'standalone.remove': { from: 'extension-page', request: z.object({}), response: Done },
  // A tag the server kept failing on, set aside (lib/sync/set-aside.ts): back in line, or given up.
  'outbox.retry': {
    from: 'extension-page',
    request: z.object({ seq: z.number().int().nonnegative() }),
    response: Done,
  },
  // A content script asks for the token that binds the sidebar frame it mounts to itself
  // (lib/sidebar/frame-bindings.ts); null when its page does not show that ticket.
  'frame.token': {
    from: 'content-script',
    request: z.object({ ticketId: TicketIdSchema }),
    response: z.object({ token: z.string().nullable() }),
  },
  // The summary a content script draws on a ticket page (lib/summary/): answered only for the
  // ticket the asking page's own URL shows; later changes come as `summaries.changed`. Both this and
  // `marks.watch` carry the words the page draws with (lib/summary/page-words.ts says why).
  'summary.watch': {
    from: 'content-script',
    request: z.object({ ticketId: TicketIdSchema, title: pageText(500).optional() }),
    response: z.object({ summary: TicketSummarySchema, words: PageWordsSchema }),
  },
  'summary.unwatch': { from: 'content-script', request: z.object({}), response: Done },
  // Marks beside ticket links on boards and lists (lib/marks/): answered only for ids on the asking
  // page's own tracker host (lib/marks/ids-on-page-host.ts); the list replaces what the page
  // watched, later changes come as `summaries.changed` of kind 'marks'. The buckets' target
  // shares are for the page's "mix at a glance" strip.
  'marks.watch': {
    from: 'content-script',
    request: z.object({
      ticketIds: z.array(TicketIdSchema).max(MARKS_WATCH_MAX),
      // Each ticket's title as its link reads, same order (rules on title words, "via" mentions).
      titles: z.array(pageText(500).nullable()).max(MARKS_WATCH_MAX).optional(),
    }),
    response: z.object({
      summaries: z.array(TicketSummarySchema),
      buckets: MixBucketsSchema,
      words: PageWordsSchema,
    }),
  },
  'marks.unwatch': { from: 'content-script', request: z.object({}), response: Done },
  'outbox.discard': {
    from: 'extension-page',
    request: z.object({ seq: z.number().int().nonnegative() }),
    response: Done,
  },
  // Popup search (issue 12): the index lives in the worker (lib/search/worker-search.ts), so the
  // popup never builds it. An empty query only warms it (the popup asks as it opens).
  'search.query': {
    from: 'extension-page',
    request: z.object({
      query: z.string().max(200),
      perKind: z.number().int().min(1).max(20).default(5),
    }),
    response: SearchAnswerSchema,
  },
  // Coverage (issue 13), from the options page: what importing a context file would change,
  // before anything is written; and forgetting the tickets this person opened lately.
  'standalone.preview': {
    from: 'extension-page',
    // 5 MB, as standalone.import.
    request: z.object({ text: z.string().max(5 * 1024 * 1024) }),
    response: PreviewOutcomeSchema,
  },
  'recent.clear': {
    from: 'extension-page',
    request: z.object({}),
    response: Done.extend({ cleared: z.number().int().nonnegative().optional() }),
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;
export type RequestOf<N extends MessageName> = z.input<(typeof PROTOCOL)[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<(typeof PROTOCOL)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]['response']>;

export const EnvelopeSchema = z.object({
  throughline: z.literal(1),
  name: z.enum(Object.keys(PROTOCOL) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
