import { sendToWorker } from './worker-channel';

/** Right after an in-app navigation the browser may still report the previous URL for a moment. */
const RETRY_DELAYS_MS = [0, 100, 300, 1000];

/**
 * Asks the worker for the token that binds the sidebar frame to this content script (see
 * lib/sidebar/frame-bindings.ts). The worker issues it only for the ticket this page's URL shows;
 * we are told of an in-app navigation before the new URL commits (WXT follows the Navigation API's
 * `navigate` event), so a refusal is asked again a few times, briefly.
 * No zod: content scripts stay tiny, and a token is only ever handed back to the worker.
 */
export async function requestFrameToken(ticketId: string): Promise<string | undefined> {
  for (const delay of RETRY_DELAYS_MS) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const reply = await sendToWorker('frame.token', { ticketId });
    const token = (reply as { token?: unknown } | null | undefined)?.token;
    if (typeof token === 'string' && token.length <= 100) return token;
  }
  return undefined;
}
