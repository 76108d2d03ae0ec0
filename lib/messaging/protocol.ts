import { z } from 'zod';

/**
 * Every message between content scripts, extension pages and the worker: name → request and
 * response schemas. Both ends parse with these, so a malformed message is rejected, not guessed at.
 */
export const PROTOCOL = {
  'sync.now': {
    request: z.object({}),
    response: z.object({ ok: z.boolean(), error: z.string().optional() }),
  },
} as const;

export type MessageName = keyof typeof PROTOCOL;
export type RequestOf<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof PROTOCOL)[N]['response']>;

export const EnvelopeSchema = z.object({
  throughline: z.literal(1),
  name: z.enum(Object.keys(PROTOCOL) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
