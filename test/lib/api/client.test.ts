import { describe, expect, it } from 'vitest';
import { createApiClient, normaliseApiUrl } from '../../../lib/api/client';
import { ApiFailure } from '../../../lib/api/errors';

const respond = (body: string, init: ResponseInit = {}) =>
  (() => Promise.resolve(new Response(body, init))) as typeof fetch;
const client = (fetch: typeof globalThis.fetch) =>
  createApiClient({ apiUrl: 'https://api.example.com', token: 't', fetch });

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiFailure))
    throw new Error(`expected an ApiFailure, got ${String(error)}`);
  return error;
}

describe('api client', () => {
  it('calls a network failure unreachable', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect((await failureOf(client(failing).me())).kind).toBe('unreachable');
  });

  it('says a server answering HTML is not a Throughline API', async () => {
    const html = respond('<html>Welcome to nginx</html>', {
      status: 200,
      headers: { 'content-type': 'text/html' },
    });
    expect((await failureOf(client(html).me())).kind).toBe('not-throughline');
    expect((await failureOf(client(respond('nope', { status: 404 })).me())).kind).toBe(
      'not-throughline',
    );
  });

  it('reports a refused token', async () => {
    const body = JSON.stringify({ error: { code: 'unauthorized', message: 'Bad token' } });
    expect((await failureOf(client(respond(body, { status: 401 })).me())).kind).toBe(
      'unauthorized',
    );
  });

  it('recognises an expired cursor and server errors', async () => {
    const gone = JSON.stringify({ error: { code: 'cursor_expired', message: 'Start over' } });
    expect((await failureOf(client(respond(gone, { status: 410 })).syncPage('c'))).kind).toBe(
      'cursor-expired',
    );
    expect((await failureOf(client(respond('oops', { status: 502 })).syncPage('c'))).kind).toBe(
      'server-error',
    );
  });

  it('rejects a sync page with the wrong shape', async () => {
    const wrong = respond(JSON.stringify({ cursor: 5, changes: 'all' }), { status: 200 });
    expect((await failureOf(client(wrong).syncPage(undefined))).kind).toBe('not-throughline');
  });

  it('sends the token as a bearer header and the cursor as a query', async () => {
    const seen: Request[] = [];
    const recording = ((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Request(input, init));
      return Promise.resolve(
        new Response(JSON.stringify({ cursor: 'c2', more: false, changes: [] })),
      );
    }) as typeof fetch;
    await client(recording).syncPage('c 1', 50);
    expect(seen[0]?.url).toBe('https://api.example.com/v1/sync?cursor=c+1&limit=50');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer t');
  });
});

describe('normaliseApiUrl', () => {
  it('trims and drops trailing slashes', () => {
    expect(normaliseApiUrl('  https://api.example.com/ ')).toBe('https://api.example.com');
    expect(normaliseApiUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });

  it('rejects what is not an http(s) address with a readable message', () => {
    expect(() => normaliseApiUrl('api.example.com')).toThrow(/full address/);
    expect(() => normaliseApiUrl('ftp://api.example.com')).toThrow(/https/);
    expect(() => normaliseApiUrl('javascript:alert(1)')).toThrow(/https/);
  });
});
