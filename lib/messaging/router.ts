import {
  EnvelopeSchema,
  PROTOCOL,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type Handlers = {
  [N in MessageName]: (payload: RequestOf<N>, sender: MessageSender) => Promise<ResponseOf<N>>;
};

/**
 * Builds the worker's `runtime.onMessage` listener. Only this extension's own contexts are answered
 * (`sender.id` must be ours); anything that does not parse is ignored without a reply.
 */
export function createMessageRouter(extensionId: string, handlers: Handlers) {
  return (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== extensionId) return undefined;
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    const name = envelope.data.name;
    const payload = PROTOCOL[name].request.safeParse(envelope.data.payload);
    if (!payload.success) return undefined;
    return handlers[name](payload.data as RequestOf<typeof name>, sender);
  };
}
