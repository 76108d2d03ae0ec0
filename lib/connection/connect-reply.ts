import { z } from 'zod';

/** Longest API URL or token the Connect form sends; longer input is refused for its length anyway. */
export const CONNECT_INPUT_MAX = 4096;

/**
 * What the worker answers to the Connect button: connected to a workspace, a field to correct, or
 * a failure with what to do about it. The token never travels back.
 */
export const ConnectReplySchema = z.union([
  z.object({ ok: z.literal(true), workspaceName: z.string() }),
  z.object({ ok: z.literal(false), field: z.enum(['apiUrl', 'token']), message: z.string() }),
  z.object({
    ok: z.literal(false),
    failure: z.object({ kind: z.string(), title: z.string(), advice: z.string() }),
  }),
]);
export type ConnectReply = z.infer<typeof ConnectReplySchema>;
