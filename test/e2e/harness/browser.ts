import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS } from './certificate';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Real Chromium with the built extension loaded, tracker hosts mapped onto the fixture server.
 * `extensionDir` loads another unpacked extension (the benchmarks' empty-content-script floor);
 * `lang` starts it in another interface language (`--lang`; in headless Chromium that picks the
 * extension's locale, while `i18n.getUILanguage()` still says en-US).
 */
export async function launchWithExtension(
  fixturePort: number,
  options: { extensionDir?: string; lang?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}; run "npm run build:chrome" first`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'throughline-profile-'));
  const hosts = FIXTURE_HOSTS;
  const rules = [
    ...hosts.map((host) => `MAP ${host} 127.0.0.1:${fixturePort}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
    'EXCLUDE localhost',
  ].join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      // Also at the browser level: a tab the extension opens (the popup's "open ticket") can load
      // before Playwright attaches to it and applies `ignoreHTTPSErrors`, and then showed Chrome's
      // certificate error page instead of the fixture (chrome-error://chromewebdata/).
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The sidebar frame on a tracker page (inside a closed shadow root, so found through frames). */
export async function sidebarFrame(
  page: Page,
  extensionId: string,
  timeout = 15_000,
): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('The sidebar frame did not appear');
    await page.waitForTimeout(50);
  }
}

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Click options for a button that takes its own frame away (the sidebar's Close): no waiting for
 * what the click set off, since Playwright then waited, now and then, 30 s on the detached frame.
 * The test checks what the click did (the frame is gone, the summary is back) right after.
 */
export const CLOSES_ITS_FRAME = { noWaitAfter: true } as const;
