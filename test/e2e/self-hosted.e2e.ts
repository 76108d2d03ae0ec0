import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTicketHash } from '../../lib/sidebar/ticket-hash';
import { screenshot, startWorld, type World } from './harness/world';

const SITE_PATTERN = 'https://jira.example.com/*';
const SCRIPT_ID = `site:jira:${SITE_PATTERN}`;

/**
 * What a person does in the browser's own UI (chrome://extensions → Throughline → Site access →
 * add a site), through the API that page itself calls. Needed because the prompt that
 * `permissions.request` opens is browser UI that Playwright cannot click, and Chromium has no
 * switch that accepts it. Once the host is granted, `permissions.request` in the options page
 * resolves true at once, so everything after the grant runs as in real use.
 */
async function grantSiteAccess(world: World, pattern: string): Promise<void> {
  await siteAccessInBrowserSettings(world, 'addHostPermission', pattern);
}

/** The same page's other way: the site's access removed in chrome://extensions. */
async function revokeSiteAccess(world: World, pattern: string): Promise<void> {
  await siteAccessInBrowserSettings(world, 'removeHostPermission', pattern);
}

async function siteAccessInBrowserSettings(
  world: World,
  change: 'addHostPermission' | 'removeHostPermission',
  pattern: string,
): Promise<void> {
  const page = await world.browser.context.newPage();
  await page.goto(`chrome://extensions/?id=${world.browser.extensionId}`);
  const error = await page.evaluate(
    ([id, host, change]) =>
      new Promise<string>((resolve) => {
        const chromeApi = (globalThis as unknown as { chrome: DeveloperPrivateChrome }).chrome;
        chromeApi.developerPrivate[change](id, host, () =>
          resolve(chromeApi.runtime.lastError?.message ?? ''),
        );
      }),
    [world.browser.extensionId, pattern, change] as const,
  );
  expect(error).toBe('');
  await page.close();
}

interface DeveloperPrivateChrome {
  developerPrivate: Record<
    'addHostPermission' | 'removeHostPermission',
    (id: string, host: string, done: () => void) => void
  >;
  runtime: { lastError?: { message: string } };
}

/**
 * The extension APIs these tests call inside extension pages. Callbacks given to `evaluate` run
 * in the page, so each one reaches `chrome` itself (no closure crosses over).
 */
interface ExtensionPageChrome {
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string }[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

type ExtensionCall = 'registered ids' | 'unregister' | 'wake the worker' | 'is granted';

/** One extension API call, made in an extension page (the worker may be stopped meanwhile). */
async function callInExtensionPage(world: World, call: ExtensionCall, arg = ''): Promise<unknown> {
  const page = await world.browser.context.newPage();
  await page.goto(world.browser.extensionUrl('options.html'));
  const result = await page.evaluate(
    async ([call, arg]) => {
      const api = (globalThis as unknown as { chrome: ExtensionPageChrome }).chrome;
      if (call === 'registered ids')
        return (await api.scripting.getRegisteredContentScripts()).map((script) => script.id);
      if (call === 'unregister') return api.scripting.unregisterContentScripts({ ids: [arg] });
      if (call === 'is granted') return api.permissions.contains({ origins: [arg] });
      // Any event wakes a stopped worker; a message is the simplest to send.
      return api.runtime.sendMessage({ type: 'wake-up' }).catch(() => null);
    },
    [call, arg] as const,
  );
  await page.close();
  return result;
}

const registeredIds = (world: World) => callInExtensionPage(world, 'registered ids');

function frameTicket(page: Page, extensionId: string) {
  const frame = page
    .frames()
    .find((f) => f.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`));
  return frame ? readTicketHash(new URL(frame.url()).hash) : undefined;
}

describe('a self-hosted Jira added in the options page', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ seed: false });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('gets no sidebar before it is added', async () => {
    const page = await world.browser.context.newPage();
    await page.goto('https://jira.example.com/browse/DC-7');
    await page.waitForTimeout(1500);
    expect(await page.locator('throughline-sidebar').count()).toBe(0);
    await page.close();
  });

  it('is added from a pasted page URL, normalised to its origin, and registered', async () => {
    await grantSiteAccess(world, SITE_PATTERN);
    const options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
    await options.getByLabel('Tracker').selectOption({ label: 'Jira Server / Data Center' });
    await options.getByLabel('Site address').fill('  https://jira.example.com/browse/DC-7?x=1 ');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toContain('Added jira.example.com');
    await expect
      .poll(() => options.getByRole('list', { name: 'Added sites' }).textContent())
      .toContain('Jira Server / Data Center: https://jira.example.com');
    await expect.poll(() => registeredIds(world)).toEqual([SCRIPT_ID]);
    await screenshot(options, 'options-sites-added');
    await options.close();
  });

  it('rejects an address that is not a site, and the built-in trackers', async () => {
    const options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
    for (const [input, message] of [
      ['ftp://jira.example.com', 'Only http and https'],
      ['acme.atlassian.net', 'works already'],
      ['jira example', 'no spaces'],
    ] as const) {
      await options.getByLabel('Site address').fill(input);
      await options.getByRole('button', { name: 'Add site' }).click();
      await expect.poll(() => options.getByRole('alert').textContent()).toContain(message);
    }
    await options.close();
  });

  it('shows the sidebar on its ticket pages, under a context path too', async () => {
    const page = await world.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('https://jira.example.com/browse/DC-7');
    await expect
      .poll(() => frameTicket(page, world.browser.extensionId), { timeout: 15_000 })
      .toMatchObject({ id: 'jira:jira.example.com/DC-7', title: 'Rotate the signing keys' });
    await screenshot(page, 'self-hosted-jira-sidebar');
    await page.goto('https://jira.example.com/jira/browse/DC-8');
    await expect
      .poll(() => frameTicket(page, world.browser.extensionId), { timeout: 15_000 })
      .toMatchObject({
        id: 'jira:jira.example.com/DC-8',
        title: 'Serve Jira under a context path',
      });
    expect(await page.locator('throughline-sidebar').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is registered again when the worker starts without its registration', async () => {
    // What an extension update or a lost registration leaves behind; worker startup repairs it.
    await callInExtensionPage(world, 'unregister', SCRIPT_ID);
    expect(await registeredIds(world)).toEqual([]);
    const page = await world.browser.context.newPage();
    const cdp = await world.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await callInExtensionPage(world, 'wake the worker');
    await expect.poll(() => registeredIds(world), { timeout: 15_000 }).toEqual([SCRIPT_ID]);
    await page.close();
  });

  it('keeps the site when its access is revoked in the browser, says so, and comes back', async () => {
    const options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
    const needsAccess = options.getByRole('group', {
      name: 'Throughline needs access to this site',
    });
    await options.getByRole('button', { name: 'Remove jira.example.com' }).waitFor();
    expect(await needsAccess.count()).toBe(0);

    await revokeSiteAccess(world, SITE_PATTERN);
    await needsAccess.waitFor();
    await expect.poll(() => registeredIds(world)).toEqual([]);
    expect(await options.getByRole('button', { name: 'Remove jira.example.com' }).count()).toBe(1);
    await screenshot(options, 'options-site-needs-access');

    // Allow access asks the browser; its prompt is browser UI, so grant as the settings page does.
    await grantSiteAccess(world, SITE_PATTERN);
    await needsAccess.waitFor({ state: 'detached' });
    await expect.poll(() => registeredIds(world)).toEqual([SCRIPT_ID]);
    await options.close();
  });

  it('is removed: unregistered, its permission given back, and no sidebar on its pages', async () => {
    const options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Remove jira.example.com' }).click();
    await expect.poll(() => registeredIds(world)).toEqual([]);
    expect(await callInExtensionPage(world, 'is granted', SITE_PATTERN)).toBe(false);
    await options.close();

    const page = await world.browser.context.newPage();
    await page.goto('https://jira.example.com/browse/DC-7');
    await page.waitForTimeout(1500);
    expect(await page.locator('throughline-sidebar').count()).toBe(0);
    await page.close();
  });
});

describe('a self-managed GitLab added in the options page', () => {
  const pattern = 'https://gitlab.example.com/*';
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ seed: false });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('gets the sidebar on its tickets on any port, with the port left out of the id', async () => {
    await grantSiteAccess(world, pattern);
    const options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
    await options.getByLabel('Tracker').selectOption({ label: 'GitLab self-managed' });
    await expect(options.getByLabel('Site address').getAttribute('placeholder')).resolves.toBe(
      'gitlab.example.com',
    );
    await options.getByLabel('Site address').fill('gitlab.example.com');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => registeredIds(world)).toEqual([`site:gitlab:${pattern}`]);
    await options.close();

    const page = await world.browser.context.newPage();
    await page.goto('https://gitlab.example.com:8443/platform/api/-/issues/5');
    await expect
      .poll(() => frameTicket(page, world.browser.extensionId), { timeout: 15_000 })
      .toMatchObject({
        id: 'gitlab:gitlab.example.com/platform/api#5',
        title: 'Webhooks are lost when the receiver restarts',
      });
    await page.close();
  });
});
