import { describe, expect, it } from 'vitest';
import { readConnectionInput } from '../../../lib/connection/input';
import { mayUsePlainHttp } from '../../../lib/connection/plain-http';

describe('plain http:// for the API URL', () => {
  it.each([
    'http://localhost:8787',
    'http://api.localhost',
    'http://127.0.0.1:8787',
    'http://10.1.2.3',
    'http://172.16.0.9',
    'http://172.31.255.1',
    'http://192.168.1.20:8080',
    'http://169.254.10.10',
    'http://100.100.1.1',
    'http://[::1]:8787',
    'http://[fd12:3456::1]',
    'http://[fe80::1]',
    'http://[::ffff:10.0.0.1]',
    'http://context:8787',
    'http://context.internal',
    'http://throughline.local',
    'http://nas.home.arpa',
  ])('is allowed for %s, which stays on this machine or private network', (url) => {
    expect(mayUsePlainHttp(new URL(url))).toBe(true);
    expect(readConnectionInput(url, 'a-token')).toMatchObject({ ok: true });
  });

  it.each([
    'http://context.example.com',
    'http://8.8.8.8',
    'http://172.32.0.1',
    'http://192.169.0.1',
    'http://[2001:db8::1]',
    'http://[::ffff:8.8.8.8]',
    'http://localhost.example.com',
  ])('is refused for %s, with the reason: the token would travel in clear text', (url) => {
    expect(mayUsePlainHttp(new URL(url))).toBe(false);
    expect(readConnectionInput(url, 'a-token')).toEqual({
      ok: false,
      field: 'apiUrl',
      message: expect.stringMatching(/https:\/\/.*clear text/),
    });
  });

  it('never stands in the way of https://', () => {
    expect(readConnectionInput('https://context.example.com', 'a-token')).toMatchObject({
      ok: true,
    });
  });
});
