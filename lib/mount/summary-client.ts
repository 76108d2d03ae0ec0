import { parseTicketSummary, type TicketSummary } from '../summary/ticket-summary';
import { rememberPageWords } from './page-words';
import { onSummariesChanged, sendToWorker } from './worker-channel';

/** Right after an in-app navigation the browser may still report the previous URL for a moment. */
const RETRY_DELAYS_MS = [0, 100, 300, 1000];

export interface SummaryClient {
  /** Asks for this ticket's summary and for every later change to it (replaces the last watch). */
  watch(ticketId: string, title: string | undefined): void;
  unwatch(): void;
}

/**
 * The content script's side of `summary.watch`: the worker answers only for the ticket this page's
 * own URL shows (asked again a few times while the browser still reports the previous URL), then
 * sends `summaries.changed` whenever it changes.
 */
export function createSummaryClient(
  onSummary: (summary: TicketSummary) => void,
  signal: AbortSignal,
): SummaryClient {
  let asking = 0;
  let watching = false;
  onSummariesChanged('summary', (summaries) => summaries.forEach(onSummary), signal);
  return {
    watch(ticketId, title) {
      const ask = ++asking;
      watching = true;
      void (async () => {
        for (const delay of RETRY_DELAYS_MS) {
          // The first ask goes at once: a timer would cost the page a task of its own.
          if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
          if (ask !== asking || signal.aborted) return;
          const reply = (await sendToWorker('summary.watch', { ticketId, title })) as {
            summary?: unknown;
            words?: unknown;
          } | null;
          rememberPageWords(reply?.words);
          const summary = parseTicketSummary(reply?.summary);
          if (ask !== asking || signal.aborted) return;
          if (summary?.ticketId === ticketId) return onSummary(summary);
        }
      })();
    },
    unwatch() {
      asking++;
      // A list or a board watched nothing: no message to the worker from every such page.
      if (!watching) return;
      watching = false;
      void sendToWorker('summary.unwatch', {});
    },
  };
}
