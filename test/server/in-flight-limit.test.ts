import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../lib/schema/api';
import { DEFAULT_IN_FLIGHT_PER_TOKEN } from '../../server/http/in-flight-limit';
import { ADMIN_TOKEN, openTestServer, TEST_STORES, type TestServer } from './harness';

describe.each(TEST_STORES)('requests in flight per token on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind, { inFlightPerToken: DEFAULT_IN_FLIGHT_PER_TOKEN });
  });
  afterAll(() => server.close());

  /**
   * A mutations request whose body keeps arriving until `finish` is called; `reading` resolves
   * once the server reads the body, past authentication and the in-flight count.
   */
  function slowUpload(token: string) {
    let finish = () => {};
    let startedReading = () => {};
    const reading = new Promise<void>((resolve) => (startedReading = resolve));
    const body = new ReadableStream<Uint8Array>({
      pull() {
        startedReading();
      },
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"clientId":"c","mutations":['));
        finish = () => {
          controller.enqueue(new TextEncoder().encode(']}'));
          controller.close();
        };
      },
    });
    const response = server.app.request('/v1/mutations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    return { response, reading, finish: () => finish() };
  }

  it(`answers 429 to a token's request while ${DEFAULT_IN_FLIGHT_PER_TOKEN} of its requests are still running`, async () => {
    const uploads = Array.from({ length: DEFAULT_IN_FLIGHT_PER_TOKEN }, () =>
      slowUpload(server.memberToken),
    );
    await Promise.all(uploads.map((upload) => upload.reading));
    const refused = await server.get('/v1/me', server.memberToken);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(ApiErrorSchema.parse(await refused.json()).error.message).toMatch(/at once per token/);
    expect((await server.get('/v1/me', ADMIN_TOKEN)).status).toBe(200);
    for (const upload of uploads) upload.finish();
    // The empty batch is refused for what it is; the slots are free again.
    for (const upload of uploads) expect((await upload.response).status).toBe(400);
    expect((await server.get('/v1/me', server.memberToken)).status).toBe(200);
  });
});
