import { browser } from 'wxt/browser';
import { PROTOCOL, type MessageName, type RequestOf, type ResponseOf } from './protocol';

export async function sendMessage<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const reply: unknown = await browser.runtime.sendMessage({ throughline: 1, name, payload });
  return PROTOCOL[name].response.parse(reply) as ResponseOf<N>;
}
