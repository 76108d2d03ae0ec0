import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../../../server/start';
import { launchWithExtension, sidebarFrame, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const ADMIN_TOKEN = 'e2e-admin-token-at-least-32-characters';
export const DEMO_SEED = join(import.meta.dirname, '..', '..', '..', 'server', 'seed', 'demo.yaml');
export const SCREENSHOT_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'test-results',
  'screenshots',
);

type Api = Awaited<ReturnType<typeof startServer>>;

/** Everything an end-to-end test needs: the real API, the fixture pages and Chromium with the extension. */
export interface World {
  api: Api;
  /** Starts the API again on the same port and data (use with a `dataDir`, not memory). */
  restartApi(): Promise<Api>;
  fixtures: FixtureServer;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** The one extension API these tests call from inside the browser. */
export interface WithStorage {
  chrome: { storage: { local: { set(items: object): Promise<void> } } };
  browser?: WithStorage['chrome'];
}

/** Where the choice to keep the sidebar open is stored (lib/sidebar/open-state.ts). */
export const SIDEBAR_OPEN_KEY = 'throughline.sidebar.v2';

export interface WorldOptions {
  seed?: boolean;
  dataDir?: string;
  /**
   * 'open' (the default here): a person who keeps the sidebar open, so it opens by itself on
   * every ticket; these files test the sidebar. 'summary': a fresh profile, summary only.
   */
  sidebar?: 'open' | 'summary';
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const dataDir = options.dataDir ?? 'memory';
  let api = await startServer({
    port: 0,
    dataDir,
    bootstrapToken: ADMIN_TOKEN,
    seedFile: options.seed === false ? undefined : DEMO_SEED,
  });
  const fixtures = await startFixtureServer();
  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension(fixtures.port);
    if (options.sidebar !== 'summary')
      await browser.worker.evaluate(
        (key) =>
          (globalThis as unknown as WithStorage).chrome.storage.local.set({
            [key]: { open: true },
          }),
        SIDEBAR_OPEN_KEY,
      );
  } catch (error) {
    await Promise.all([api.close(), fixtures.close()]);
    throw error;
  }
  const world: World = {
    api,
    fixtures,
    browser,
    restartApi: async () => {
      await api.close();
      api = await startServer({ port: api.port, dataDir, bootstrapToken: ADMIN_TOKEN });
      world.api = api;
      return api;
    },
    close: async () => {
      await browser.close();
      await Promise.all([api.close(), fixtures.close()]);
    },
  };
  return world;
}

/** A world whose extension is connected to the demo workspace, as a person connects it. */
export async function startConnectedWorld(options: WorldOptions = {}): Promise<World> {
  const world = await startWorld(options);
  const page = await connectThroughOptions(world);
  await page.getByText('Connected to Acme').waitFor({ timeout: 15_000 });
  await page.close();
  return world;
}

/** Connects the extension through its options page, as a person would. */
export async function connectThroughOptions(
  world: World,
  apiUrl = world.api.url,
  token = ADMIN_TOKEN,
): Promise<Page> {
  const page = await world.browser.context.newPage();
  await page.goto(world.browser.extensionUrl('options.html'));
  await page.getByLabel('API URL').fill(apiUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
  return page;
}

/** Opens a tracker page and returns it with its sidebar frame. */
export async function openTicket(world: World, url: string) {
  const page = await world.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  const frame = await sidebarFrame(page, world.browser.extensionId);
  return { page, frame, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
