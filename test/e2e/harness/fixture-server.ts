import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { createSelfSignedCertificate } from './certificate';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

/**
 * Serves saved tracker pages over HTTPS as if from the real hosts: `https://github.com/a/b/issues/2`
 * is `test/fixtures/pages/github.com/a/b/issues/2.html`. A path with no file falls back to the
 * nearest `_app.html` up the tree, as a single-page app's server would, so in-app routes resolve.
 */
export function resolveFixture(host: string, pathname: string): string | undefined {
  const hostDir = host.endsWith('.atlassian.net') ? 'atlassian.net' : host;
  const clean = normalize(decodeURIComponent(pathname))
    .replace(/^(\.\.(\/|$))+/, '')
    .replace(/\/+$/, '');
  const base = join(PAGES_DIR, hostDir);
  const exact = join(base, `${clean || '/index'}.html`);
  if (exact.startsWith(base) && existsSync(exact)) return exact;
  for (let dir = join(base, clean); dir.startsWith(base); dir = join(dir, '..')) {
    const app = join(dir, '_app.html');
    if (existsSync(app)) return app;
    if (dir === base) break;
  }
  return undefined;
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(createSelfSignedCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').split(':')[0] ?? '';
    const url = new URL(request.url ?? '/', `https://${host}`);
    const file = resolveFixture(host, url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('No fixture for this page');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
