import type { z } from 'zod';
import { ApiErrorSchema, MeSchema, type Me } from '../schema/api';
import {
  MutationsResponseSchema,
  type MutationResult,
  type MutationsRequest,
} from '../schema/mutations';
import { SyncPageSchema, type SyncPage } from '../schema/sync';
import { ApiFailure } from './errors';

export interface ApiClientOptions {
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Largest answer read, in bytes; a larger one is cut off unread (DEFAULT_MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
}

/**
 * A full sync page is 5,000 changes; at a few hundred bytes each that is a few MB. An answer past
 * this is refused without being read whole, and pull asks again for smaller pages.
 */
export const DEFAULT_MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface ApiClient {
  me(): Promise<Me>;
  syncPage(cursor: string | undefined, limit?: number): Promise<SyncPage>;
  mutations(request: MutationsRequest): Promise<MutationResult[]>;
}

/** Normalises what people paste: trims, drops a trailing slash. Throws a readable error. */
export function normaliseApiUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error('Enter the API URL as a full address, like https://context.example.com');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('The API URL must start with https:// (or http:// for a local server)');
  if (url.username || url.password)
    throw new Error('The API URL must not contain a user or password');
  return url.href.replace(/\/+$/, '');
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.apiUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxBytes = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;

  async function call<S extends z.ZodType>(
    path: string,
    schema: S,
    init?: RequestInit,
  ): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        ...init,
        headers: {
          ...init?.headers,
          authorization: `Bearer ${options.token}`,
          accept: 'application/json',
        },
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ApiFailure('unreachable', timedOut ? 'timed out' : undefined);
    }
    const body = await readJson(response, maxBytes);
    if (!response.ok)
      throw failureFor(response.status, body, retryAfterMs(response.headers.get('retry-after')));
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new ApiFailure('not-throughline', `unexpected answer from ${path}`, response.status);
    return parsed.data;
  }

  return {
    me: () => call('/v1/me', MeSchema),
    syncPage: (cursor, limit) => {
      const query = new URLSearchParams();
      if (cursor) query.set('cursor', cursor);
      if (limit) query.set('limit', String(limit));
      const qs = query.size > 0 ? `?${query}` : '';
      return call(`/v1/sync${qs}`, SyncPageSchema);
    },
    mutations: async (request) =>
      (
        await call('/v1/mutations', MutationsResponseSchema, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
        })
      ).results,
  };
}

async function readJson(response: Response, maxBytes: number): Promise<unknown> {
  const text = await readText(response, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The body as text, reading no more than `maxBytes` of it. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new ApiFailure('answer-too-large', `more than ${maxBytes} bytes`, response.status);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiFailure('unreachable', 'the answer was cut off');
    }
    if (chunk.done) return text + decoder.decode();
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
}

/** `Retry-After` as seconds or an HTTP date; capped at an hour so a hostile value can't park sync. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), 60 * 60_000);
}

function failureFor(status: number, body: unknown, retryAfter?: number): ApiFailure {
  const apiError = ApiErrorSchema.safeParse(body);
  const message = apiError.success ? apiError.data.error.message : undefined;
  // Rate limits and outages may come from a proxy in front of the API, in any body shape.
  if (status === 429) return new ApiFailure('rate-limited', message, status, retryAfter);
  if (!apiError.success && status !== 401 && status < 500)
    return new ApiFailure('not-throughline', `HTTP ${status}`, status);
  if (status === 401) return new ApiFailure('unauthorized', message, status);
  if (status === 403) return new ApiFailure('forbidden', message, status);
  if (status === 410) return new ApiFailure('cursor-expired', message, status);
  if (status >= 500)
    return new ApiFailure('server-error', message ?? `HTTP ${status}`, status, retryAfter);
  return new ApiFailure('invalid-request', message, status);
}
