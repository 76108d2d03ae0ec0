import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CONTEXT_FILE_MAX_BYTES } from '../../lib/context-file/parse';
import type { AppEnv } from './env';
import { ApiError } from './errors';

/**
 * The longest a JSON.stringify'd string can grow per UTF-16 unit: a control character is written
 * as `\u00XX`. Sizing by it, no request the schema accepts is ever refused as too large.
 */
const WORST_BYTES_PER_UNIT = 6;
/** Longest value of each field of a link.set (lib/schema/mutations.ts, entities.ts). */
const FREE_TEXT_UNITS = { intentId: 128, bucketId: 128, note: 2000, title: 500, url: 2048 };
/** Ticket ids match an ASCII pattern and mutation ids are UUIDs: one byte per character. */
const ASCII_UNITS = { id: 36, ticketId: 300 };
const MAX_MUTATIONS = 100;
const CLIENT_ID_UNITS = 128;

/** Bytes of the largest valid POST /v1/mutations body, written compactly by JSON.stringify. */
export function largestMutationsRequestBytes(): number {
  const emptyFields = Object.fromEntries(Object.keys(FREE_TEXT_UNITS).map((key) => [key, '']));
  // The keys and punctuation of one mutation, plus `"noFit":false` for a field that may come.
  const frame =
    JSON.stringify({ id: '', type: 'link.set', args: { ticketId: '', ...emptyFields } }).length +
    ',"noFit":false'.length;
  const freeText = Object.values(FREE_TEXT_UNITS).reduce((sum, units) => sum + units, 0);
  const ascii = ASCII_UNITS.id + ASCII_UNITS.ticketId;
  const mutation = frame + freeText * WORST_BYTES_PER_UNIT + ascii + 1; // 1: the comma between
  const envelope = JSON.stringify({ clientId: '', mutations: [] }).length;
  return envelope + CLIENT_ID_UNITS * WORST_BYTES_PER_UNIT + MAX_MUTATIONS * mutation;
}

/** The largest valid request with room for whitespace (a pretty-printing client), rounded to KiB. */
export const MAX_MUTATIONS_BODY_BYTES =
  Math.ceil((largestMutationsRequestBytes() * 1.1) / 1024) * 1024;
/** A context file; its parser has the same limit. */
export const MAX_IMPORT_BODY_BYTES = CONTEXT_FILE_MAX_BYTES;
/** Every other route takes no body; a small allowance for clients that send `{}` anyway. */
export const MAX_OTHER_BODY_BYTES = 1024;

function limitFor(method: string, path: string): number {
  if (method === 'POST' && path === '/v1/mutations') return MAX_MUTATIONS_BODY_BYTES;
  if (method === 'POST' && path === '/v1/import') return MAX_IMPORT_BODY_BYTES;
  return MAX_OTHER_BODY_BYTES;
}

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Each route's body limit. A declared Content-Length over it is answered 413 before any of the
 * body is read; a body without one is counted as it streams in and cut at the limit.
 */
export function bodyLimits(): MiddlewareHandler<AppEnv> {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiter = (maxSize: number): MiddlewareHandler => {
    let found = limiters.get(maxSize);
    if (found === undefined) {
      found = bodyLimit({
        maxSize,
        onError: () => {
          throw new ApiError(
            413,
            'payload_too_large',
            `The request body is larger than ${describeBytes(maxSize)}, this route's limit`,
          );
        },
      });
      limiters.set(maxSize, found);
    }
    return found;
  };
  return (c, next) => limiter(limitFor(c.req.method, c.req.path))(c, next);
}
