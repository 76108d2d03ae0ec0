import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { ADMIN_TOKEN, openTestServer, TEST_STORES, type TestServer } from './harness';

describe.each(TEST_STORES)('failed authentication on $name', (kind) => {
  let server: TestServer;
  let now = 0;
  beforeAll(async () => {
    server = await openTestServer(kind, {
      now: () => now,
      // Which client a request comes from, as the test says: in process there is no socket.
      addressOf: (c) => c.req.header('X-Test-Client') ?? 'nobody',
    });
  });
  afterAll(() => server.close());

  const me = (client: string, token: string) =>
    server.app.request('/v1/me', {
      headers: { 'X-Test-Client': client, Authorization: `Bearer ${token}` },
    });

  it('answers 429 with Retry-After after 20 failures a minute from one address, even to a good token', async () => {
    for (let i = 0; i < 20; i++) expect((await me('guesser', `tl_guess-${i}`)).status).toBe(401);
    const refused = await me('guesser', 'tl_guess-20');
    expect(refused.status).toBe(429);
    expect(ApiErrorSchema.parse(await refused.json()).error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/failed authentications from this address/),
    });
    expect(refused.headers.get('Retry-After')).toBe('3');
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('*');
    // Refused before the token is looked at: a right guess gains nothing.
    expect((await me('guesser', ADMIN_TOKEN)).status).toBe(429);
    // Other addresses are not held back, and good tokens never count.
    for (let i = 0; i < 30; i++) expect((await me('colleague', ADMIN_TOKEN)).status).toBe(200);
    expect((await me('colleague', 'tl_typo')).status).toBe(401);

    now += 3000; // one failure's worth of refill
    expect((await me('guesser', ADMIN_TOKEN)).status).toBe(200);
    expect((await me('guesser', 'tl_guess-21')).status).toBe(401);
    expect((await me('guesser', 'tl_guess-22')).status).toBe(429);
    now += 60_000;
    expect((await me('guesser', ADMIN_TOKEN)).status).toBe(200);
  });

  it('counts a missing or malformed Authorization header as a failure', async () => {
    const bare = (headers: Record<string, string>) =>
      server.app.request('/v1/sync', { headers: { 'X-Test-Client': 'headless', ...headers } });
    for (let i = 0; i < 10; i++) expect((await bare({})).status).toBe(401);
    for (let i = 0; i < 10; i++)
      expect((await bare({ Authorization: 'Basic abc' })).status).toBe(401);
    expect((await bare({})).status).toBe(429);
  });
});
