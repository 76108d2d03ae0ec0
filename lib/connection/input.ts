import { normaliseApiUrl } from '../api/client';
import { mayUsePlainHttp, PLAIN_HTTP_MESSAGE } from './plain-http';

export type ConnectionInput =
  | { ok: true; apiUrl: string; token: string }
  | { ok: false; field: 'apiUrl' | 'token'; message: string };

/** Longest token we accept; real ones are ~40 characters, a pasted page is not a token. */
const MAX_TOKEN_LENGTH = 512;

/**
 * What people typed or pasted in the connect form, checked before anything goes on the network:
 * a full http(s) API URL and a token without spaces. Surrounding whitespace (a copied line ending)
 * is forgiven; whitespace inside is not, since it means two things were pasted.
 */
export function readConnectionInput(apiUrl: string, token: string): ConnectionInput {
  let url: string;
  try {
    url = normaliseApiUrl(apiUrl);
  } catch (error) {
    return { ok: false, field: 'apiUrl', message: (error as Error).message };
  }
  const parsed = new URL(url);
  if (parsed.protocol === 'http:' && !mayUsePlainHttp(parsed))
    return { ok: false, field: 'apiUrl', message: PLAIN_HTTP_MESSAGE };
  const clean = token.trim();
  if (!clean)
    return { ok: false, field: 'token', message: 'Paste the API token your admin gave you.' };
  if (/\s/.test(clean))
    return {
      ok: false,
      field: 'token',
      message: 'An API token has no spaces. Copy it again, without anything around it.',
    };
  if (clean.length > MAX_TOKEN_LENGTH)
    return { ok: false, field: 'token', message: 'That is too long to be an API token.' };
  return { ok: true, apiUrl: url, token: clean };
}
