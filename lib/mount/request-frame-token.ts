import { browser } from 'wxt/browser';

/**
 * Asks the worker for the token that binds the sidebar frame to this content script (see
 * lib/sidebar/frame-bindings.ts). The worker issues it only for the ticket this page shows.
 * No zod: content scripts stay tiny, and a token is only ever handed back to the worker.
 */
export async function requestFrameToken(ticketId: string): Promise<string | undefined> {
  const reply: unknown = await browser.runtime.sendMessage({
    throughline: 1,
    name: 'frame.token',
    payload: { ticketId },
  });
  const token = (reply as { token?: unknown } | null | undefined)?.token;
  return typeof token === 'string' && token.length <= 100 ? token : undefined;
}
