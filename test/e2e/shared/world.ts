import { startServer } from '../../../server/start';
import { launchChromiumDriver } from '../driver/chromium';
import { launchFirefoxDriver } from '../driver/firefox';
import type { DriverPage, ExtensionDriver } from '../driver/types';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { ADMIN_TOKEN, DEMO_SEED, SIDEBAR_OPEN_KEY, type WithStorage } from '../harness/world';

export type BrowserName = ExtensionDriver['browser'];
type Api = Awaited<ReturnType<typeof startServer>>;

/** The real API in-process, the fixture pages, and one browser with the extension, behind a driver. */
export interface SharedWorld {
  api: Api;
  /** Starts the API again on the same port and data (use with a `dataDir`, not memory). */
  restartApi(): Promise<Api>;
  fixtures: FixtureServer;
  driver: ExtensionDriver;
  close(): Promise<void>;
}

export interface WorldOptions {
  seed?: boolean;
  dataDir?: string;
  /**
   * 'summary' (the default): a fresh profile, every ticket page shows the summary only. 'open': a
   * person who keeps the sidebar open, so it opens by itself on every ticket.
   */
  sidebar?: 'open' | 'summary';
  /** Firefox profile preferences (ignored by Chromium). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function startSharedWorld(
  browser: BrowserName,
  options: WorldOptions = {},
): Promise<SharedWorld> {
  const dataDir = options.dataDir ?? 'memory';
  let api = await startServer({
    port: 0,
    dataDir,
    bootstrapToken: ADMIN_TOKEN,
    seedFile: options.seed === false ? undefined : DEMO_SEED,
  });
  const fixtures = await startFixtureServer();
  let driver: ExtensionDriver;
  try {
    driver =
      browser === 'firefox'
        ? await launchFirefoxDriver(fixtures.port, options.firefoxPrefs)
        : await launchChromiumDriver(fixtures.port);
  } catch (error) {
    await Promise.all([api.close(), fixtures.close()]);
    throw error;
  }
  if (options.sidebar === 'open') await keepSidebarOpen(driver);
  const world: SharedWorld = {
    api,
    fixtures,
    driver,
    restartApi: async () => {
      await api.close();
      api = await startServer({ port: api.port, dataDir, bootstrapToken: ADMIN_TOKEN });
      world.api = api;
      return api;
    },
    close: async () => {
      await driver.close();
      await Promise.all([api.close(), fixtures.close()]);
    },
  };
  return world;
}

/** Connects the extension through its options page, as a person would, and waits for it. */
export async function connect(world: SharedWorld): Promise<DriverPage> {
  const options = await world.driver.openExtensionPage('options.html');
  await options.fill('API URL', world.api.url);
  await options.fill('API token', ADMIN_TOKEN);
  await options.click({ role: 'button', name: 'Connect' });
  await options.waitFor({ text: 'Connected to Acme' });
  return options;
}

/** The ticket's row in the server's sync feed, as the admin sees it. */
export async function serverRow(world: { api: { url: string } }, ticketId: string) {
  const response = await fetch(`${world.api.url}/v1/sync?limit=5000`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const page = (await response.json()) as {
    changes: { id: string; version: number; data: Record<string, unknown> }[];
  };
  return page.changes.find((change) => change.id === ticketId);
}

/** What the server holds for the ticket's link (undefined: none). */
export async function serverLink(world: { api: { url: string } }, ticketId: string) {
  return (await serverRow(world, ticketId))?.data;
}

/** What opening the sidebar once leaves behind: the choice, in the extension's storage. */
async function keepSidebarOpen(driver: ExtensionDriver): Promise<void> {
  const page = await driver.openExtensionPage('options.html');
  await page.evaluate(async (key) => {
    const global = globalThis as unknown as WithStorage;
    const api = global.browser ?? global.chrome;
    await api.storage.local.set({ [key]: { open: true } });
  }, SIDEBAR_OPEN_KEY);
  await page.close();
}
