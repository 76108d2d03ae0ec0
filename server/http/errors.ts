import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ERROR_CODES } from '../../lib/schema/api';

/**
 * The one error body of the API: `{"error": {"code", "message"}}`, plus `details` where a tool can
 * use them (an import's problems, each with path and line). The OpenAPI document is generated
 * from this schema, and the server's errors are typed by it.
 */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type ErrorCode = ErrorBody['error']['code'];

/** Thrown by handlers; app.ts turns it into the error body with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown[]): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export const invalidInput = (message: string, details?: unknown[]) =>
  new ApiError(400, 'invalid_input', message, details);
