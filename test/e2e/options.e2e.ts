import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidebarFrame } from './harness/browser';
import { ADMIN_TOKEN, SCREENSHOT_DIR, screenshot, startWorld, type World } from './harness/world';

const GITHUB_ISSUE = 'https://github.com/OctoLinker/testrepo/issues/2';

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** What people mistake for the API: a web server answering HTML everywhere, without CORS. */
async function htmlServer(): Promise<Server> {
  const server = createServer((_request, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function fillAndConnect(page: Page, apiUrl: string, token: string) {
  await page.getByLabel('API URL').fill(apiUrl);
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** The whole options page, not just the viewport: its sections run below the fold. */
async function fullPageScreenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('options page in Chromium: connecting', () => {
  let world: World;
  let html: Server;
  let options: Page;
  beforeAll(async () => {
    world = await startWorld();
    html = await htmlServer();
    options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await world?.close();
    html?.closeAllConnections();
    await new Promise((resolve) => html?.close(resolve));
  });

  /** After a failed attempt nothing was stored: a fresh load of the page is still not connected. */
  async function expectStillNotConnected() {
    await options.reload();
    await options.getByLabel('API URL').waitFor();
    expect(await options.getByText('Connected to').count()).toBe(0);
    expect(await options.getByRole('heading', { name: 'Use without a server' }).isVisible()).toBe(
      true,
    );
  }

  it('says an address with nothing listening cannot be reached', async () => {
    const port = await closedPort();
    await fillAndConnect(options, `http://127.0.0.1:${port}`, ADMIN_TOKEN);
    const alert = options.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain(`Can't reach 127.0.0.1:${port}.`);
    await screenshot(options, 'options-connect-unreachable');
    await expectStillNotConnected();
  });

  it('says a server answering HTML is not a Throughline API', async () => {
    const { port } = html.address() as AddressInfo;
    await fillAndConnect(options, `http://127.0.0.1:${port}`, ADMIN_TOKEN);
    await expect
      .poll(() => options.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('is not a Throughline context API');
    await screenshot(options, 'options-connect-not-throughline');
    await expectStillNotConnected();
  });

  it('says the API refused a bad token', async () => {
    await fillAndConnect(options, world.api.url, 'not-the-token');
    await expect
      .poll(() => options.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('refused this API token');
    await screenshot(options, 'options-connect-bad-token');
    await expectStillNotConnected();
  });

  it('explains an invalid URL and a token with spaces at their fields', async () => {
    await fillAndConnect(options, 'context.acme.com', ADMIN_TOKEN);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('full address');
    await fillAndConnect(options, world.api.url, 'tl_one tl_two');
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('no spaces');
    await screenshot(options, 'options-connect-token-spaces');
    await expectStillNotConnected();
  });

  it('connects with a good URL and token, showing workspace and user, then syncs', async () => {
    await fillAndConnect(options, world.api.url, ADMIN_TOKEN);
    await expect
      .poll(() => options.getByText('Connected to Acme as').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expect
      .poll(
        () =>
          options.getByText('Last sync').locator('xpath=following-sibling::dd[1]').textContent(),
        {
          timeout: 15_000,
        },
      )
      .toBe('just now');
    await fullPageScreenshot(options, 'options-connected-sync');
  });

  it('keeps the working connection when a later attempt fails', async () => {
    await fillAndConnect(options, world.api.url, 'not-the-token');
    await expect
      .poll(() => options.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('refused this API token');
    await options.reload();
    await expect.poll(() => options.getByText('Connected to Acme as').isVisible()).toBe(true);
  });

  it('asks before signing out, then forgets the connection', async () => {
    await options.getByRole('button', { name: 'Sign out…' }).click();
    const dialog = options.getByRole('alertdialog', { name: 'Sign out of Acme?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await screenshot(options, 'options-sign-out-dialog');
    await options.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await options.getByText('Connected to Acme as').isVisible()).toBe(true);

    await options.getByRole('button', { name: 'Sign out…' }).click();
    await dialog.getByRole('button', { name: 'Sign out and clear data' }).click();
    await expect
      .poll(() => options.getByRole('heading', { name: 'Use without a server' }).isVisible())
      .toBe(true);
    expect(await options.getByText('Connected to').count()).toBe(0);
  });

  it('turns a tracker off: its pages get no sidebar', async () => {
    await options.getByRole('checkbox', { name: 'GitHub', exact: true }).uncheck();
    const page = await world.browser.context.newPage();
    await page.goto(GITHUB_ISSUE);
    await expect(sidebarFrame(page, world.browser.extensionId, 3_000)).rejects.toThrow(
      /did not appear/,
    );
    await options.getByRole('checkbox', { name: 'GitHub', exact: true }).check();
    await page.reload();
    await sidebarFrame(page, world.browser.extensionId);
    await page.close();
  });
});
