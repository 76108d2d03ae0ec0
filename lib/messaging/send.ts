import { browser } from 'wxt/browser';
import type { MessageName, RequestOf, ResponseOf } from './protocol';

/**
 * Sends a message to the worker and parses its answer with the protocol's schema. The protocol is
 * loaded with the first message, while that message is on its way: zod builds every schema as its
 * module loads, about 10 ms for all of the protocol's, and the sidebar frame, which opens on every
 * ticket page someone keeps it open on, sends nothing until someone tags.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const [{ PROTOCOL }, reply] = await Promise.all([
    import('./protocol'),
    browser.runtime.sendMessage({ throughline: 1, name, payload }) as Promise<unknown>,
  ]);
  return PROTOCOL[name].response.parse(reply) as ResponseOf<N>;
}
