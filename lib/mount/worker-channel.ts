import { browser } from 'wxt/browser';
import { SUMMARIES_CHANGED, type WatchKind } from '../summary/summary-messages';
import { parseTicketSummary, type TicketSummary } from '../summary/ticket-summary';

/**
 * A message to the worker from a content script; its answer, or undefined. Never throws: a worker
 * that gives no answer makes `sendMessage` reject (no polyfill in content scripts, wxt.config.ts),
 * and after the extension is updated or reloaded the API throws even synchronously. The page
 * must never see either. A stopped worker is started by the message.
 */
export async function sendToWorker(name: string, payload: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage({ throughline: 1, name, payload });
  } catch {
    return undefined;
  }
}

/** The summaries in a message, checked by hand (no zod in content scripts). */
export function summariesIn(value: unknown): TicketSummary[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).map(parseTicketSummary).filter((s) => s !== undefined);
}

/**
 * Calls `onChanged` with the summaries of `kind` the worker sends when they change
 * (`summaries.changed`), from this extension only, until `signal` aborts.
 */
export function onSummariesChanged(
  kind: WatchKind,
  onChanged: (summaries: TicketSummary[]) => void,
  signal: AbortSignal,
): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown };
    if (name !== SUMMARIES_CHANGED) return undefined;
    const changed = (payload ?? {}) as { kind?: unknown; summaries?: unknown };
    if (changed.kind === kind) onChanged(summariesIn(changed.summaries));
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
