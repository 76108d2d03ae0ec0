import {
  EnvelopeSchema,
  PROTOCOL,
  type MessageName,
  type ParsedRequestOf,
  type ResponseOf,
} from './protocol';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Rules that need more than the message itself (lib/sidebar/sender-guard.ts). */
export type Authorise = (
  name: MessageName,
  payload: unknown,
  sender: MessageSender,
) => Promise<boolean>;

export type Handlers = {
  [N in MessageName]: (
    payload: ParsedRequestOf<N>,
    sender: MessageSender,
  ) => Promise<ResponseOf<N>>;
};

/** An extension page (sidebar frame, popup, options) rather than a content script in a site. */
export function isExtensionPage(sender: MessageSender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Builds the worker's `runtime.onMessage` listener. Only this extension's own contexts are answered
 * (`sender.id` must be ours), data-changing messages only from its pages; anything that does not
 * parse is ignored without a reply.
 */
export function createMessageRouter(
  extensionId: string,
  extensionOrigin: string,
  handlers: Handlers,
  authorise?: Authorise,
) {
  return (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== extensionId) return undefined;
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined;
    const name = envelope.data.name;
    const spec = PROTOCOL[name];
    const fromPage = isExtensionPage(sender, extensionOrigin);
    if (spec.from === 'extension-page' && !fromPage) return undefined;
    if (spec.from === 'content-script' && (fromPage || sender.tab === undefined)) return undefined;
    const payload = spec.request.safeParse(envelope.data.payload);
    if (!payload.success) return undefined;
    const handler = handlers[name] as (payload: unknown, sender: MessageSender) => Promise<unknown>;
    if (!authorise) return handler(payload.data, sender);
    return authorise(name, payload.data, sender).then((allowed) =>
      allowed ? handler(payload.data, sender) : undefined,
    );
  };
}
