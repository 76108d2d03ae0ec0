/**
 * Whether anything answers HTTP at this address. Used after a failed request, which the browser
 * reports the same way for "nothing listens there" and "a server answered without allowing CORS".
 * A `no-cors` request resolves (with an opaque response) in the second case only. Every
 * Throughline API allows any origin, so a server that answers but refuses CORS is something else.
 */
export async function answersHttp(
  apiUrl: string,
  doFetch: typeof fetch = globalThis.fetch.bind(globalThis),
  timeoutMs = 5_000,
): Promise<boolean> {
  try {
    await doFetch(`${apiUrl}/v1/me`, {
      mode: 'no-cors',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}
