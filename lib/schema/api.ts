import { z } from 'zod';
import { text } from './text';

export const MeSchema = z.object({
  workspace: z.object({ id: text().min(1), name: text() }),
  user: z.object({ id: text().min(1), name: text() }),
});
export type Me = z.infer<typeof MeSchema>;

export const ERROR_CODES = [
  'invalid_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'cursor_expired',
  'payload_too_large',
  'rate_limited',
  'internal',
] as const;
export const ApiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const ImportResultSchema = z.object({
  workspace: z.string(),
  created: z.number().int(),
  updated: z.number().int(),
  deleted: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
