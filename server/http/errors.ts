import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ERROR_CODES } from '../../lib/schema/api';

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error body of the API: `{"error": {"code", "message"}}`, plus `details` when useful. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown[] };
}

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
