import { browser } from 'wxt/browser';
import { SUMMARIES_CHANGED } from '../../summary/summary-messages';
import { parseTicketSummary, type TicketSummary } from '../../summary/ticket-summary';
import { parseMixBuckets, type MixBucket } from '../../marks/mix-at-a-glance';

export interface MarksAnswer {
  summaries: TicketSummary[];
  buckets: MixBucket[];
}

export interface MarksClient {
  /** Watches these tickets (id → title as its link reads; replacing the last list). */
  watch(tickets: ReadonlyMap<string, string | null>): Promise<MarksAnswer | null>;
  unwatch(): void;
}

function summariesOf(value: unknown): TicketSummary[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).map(parseTicketSummary).filter((s) => s !== undefined);
}

/**
 * The content script's side of `marks.watch`: one request per batch of tickets the page shows,
 * then `summaries.changed` of kind 'marks' whenever one of them changes. A stopped worker is
 * started by the message; one that gives no answer makes `sendMessage` reject (no polyfill in
 * Chromium), which is caught: nothing is ever thrown into the host page. No zod: checked by hand.
 */
export function createMarksClient(
  onChanged: (summaries: TicketSummary[]) => void,
  signal: AbortSignal,
): MarksClient {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown };
    if (name !== SUMMARIES_CHANGED) return undefined;
    const { kind, summaries } = (payload ?? {}) as { kind?: unknown; summaries?: unknown };
    if (kind === 'marks') onChanged(summariesOf(summaries));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
  const send = (name: string, payload: unknown): Promise<unknown> =>
    browser.runtime.sendMessage({ throughline: 1, name, payload }).catch(() => undefined);

  return {
    async watch(tickets) {
      const ticketIds = [...tickets.keys()];
      const titles = [...tickets.values()];
      const reply = (await send('marks.watch', { ticketIds, titles })) as {
        summaries?: unknown;
        buckets?: unknown;
      } | null;
      if (!reply || signal.aborted) return null;
      return { summaries: summariesOf(reply.summaries), buckets: parseMixBuckets(reply.buckets) };
    },
    unwatch() {
      void send('marks.unwatch', {});
    },
  };
}
