import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../test/e2e/harness/browser';

/**
 * Runs `fn` against a page on http://127.0.0.1 (a real origin, so IndexedDB is Chromium's own)
 * that loads `entry` bundled with esbuild. No extension: these benches measure our code's use of
 * the browser, the same way for us and for the floor.
 */
export async function withBenchPage<T>(entry: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  // Cross-origin isolated, so that performance.now() counts in 5 µs steps rather than 100 µs:
  // a bare IndexedDB get takes about 0.1 ms, and a ratio to it needs finer steps than that.
  const isolated = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  const server = createServer((request, response) => {
    if (request.url === '/bench.js')
      response.writeHead(200, { ...isolated, 'content-type': 'text/javascript' }).end(script);
    else
      response
        .writeHead(200, { ...isolated, 'content-type': 'text/html' })
        .end('<!doctype html><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return await fn(page);
  } finally {
    await browser.close();
    server.close();
  }
}
