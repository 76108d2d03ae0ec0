import type { TicketSummary } from '../../summary/ticket-summary';
import { parseMixBuckets, type MixBucket } from '../../marks/mix-at-a-glance';
import { rememberPageWords } from '../page-words';
import { onSummariesChanged, sendToWorker, summariesIn } from '../worker-channel';

export interface MarksAnswer {
  summaries: TicketSummary[];
  buckets: MixBucket[];
}

export interface MarksClient {
  /** Watches these tickets (id → title as its link reads; replacing the last list). */
  watch(tickets: ReadonlyMap<string, string | null>): Promise<MarksAnswer | null>;
  unwatch(): void;
}

/**
 * The content script's side of `marks.watch`: one request per batch of tickets the page shows,
 * then `summaries.changed` of kind 'marks' whenever one of them changes (worker-channel.ts).
 */
export function createMarksClient(
  onChanged: (summaries: TicketSummary[]) => void,
  signal: AbortSignal,
): MarksClient {
  onSummariesChanged('marks', onChanged, signal);
  return {
    async watch(tickets) {
      const ticketIds = [...tickets.keys()];
      const titles = [...tickets.values()];
      const reply = (await sendToWorker('marks.watch', { ticketIds, titles })) as {
        summaries?: unknown;
        buckets?: unknown;
        words?: unknown;
      } | null;
      if (!reply || signal.aborted) return null;
      rememberPageWords(reply.words);
      return { summaries: summariesIn(reply.summaries), buckets: parseMixBuckets(reply.buckets) };
    },
    unwatch() {
      void sendToWorker('marks.unwatch', {});
    },
  };
}
