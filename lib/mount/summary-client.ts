import { browser } from 'wxt/browser';
import { SUMMARIES_CHANGED } from '../summary/summary-messages';
import { parseTicketSummary, type TicketSummary } from '../summary/ticket-summary';

/** Right after an in-app navigation the browser may still report the previous URL for a moment. */
const RETRY_DELAYS_MS = [0, 100, 300, 1000];

export interface SummaryClient {
  /** Asks for this ticket's summary and for every later change to it (replaces the last watch). */
  watch(ticketId: string, title: string | undefined): void;
  unwatch(): void;
}

/**
 * The content script's side of `summary.watch`: the worker answers only for the ticket this page's
 * own URL shows, then sends `summaries.changed` whenever it changes. A message to a stopped worker
 * starts it, so the summary comes as soon as the worker is up. No zod here: replies are checked by
 * hand (parseTicketSummary), and nothing is ever thrown into the host page.
 */
export function createSummaryClient(
  onSummary: (summary: TicketSummary) => void,
  signal: AbortSignal,
): SummaryClient {
  let asking = 0;
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown };
    if (name !== SUMMARIES_CHANGED) return undefined;
    const { kind, summaries } = (payload ?? {}) as { kind?: unknown; summaries?: unknown };
    if (kind !== 'summary' || !Array.isArray(summaries)) return undefined;
    for (const raw of summaries) {
      const summary = parseTicketSummary(raw);
      if (summary) onSummary(summary);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });

  // After the extension is updated or reloaded this script's API throws (even synchronously):
  // the page must never see that.
  const send = async (name: string, payload: unknown): Promise<unknown> => {
    try {
      return await browser.runtime.sendMessage({ throughline: 1, name, payload });
    } catch {
      return undefined;
    }
  };

  return {
    watch(ticketId, title) {
      const ask = ++asking;
      void (async () => {
        for (const delay of RETRY_DELAYS_MS) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          if (ask !== asking || signal.aborted) return;
          const reply = (await send('summary.watch', { ticketId, title })) as {
            summary?: unknown;
          } | null;
          const summary = parseTicketSummary(reply?.summary);
          if (ask !== asking || signal.aborted) return;
          if (summary?.ticketId === ticketId) return onSummary(summary);
        }
      })();
    },
    unwatch() {
      asking++;
      void send('summary.unwatch', {});
    },
  };
}
