import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../harness/firefox';
import { SCREENSHOT_DIR } from '../harness/world';
import type { DriverPage, ExtensionDriver, Scope, Target } from './types';

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Puppeteer's ARIA and text selectors: they match through the accessibility tree in Firefox too.
 * A name prefix has no selector: all elements of the role are taken, then narrowed by their text.
 */
function selector(target: Target): string {
  if (!('role' in target)) return `::-p-text(${quote(target.text)})`;
  return target.prefix || target.name === undefined
    ? `::-p-aria([role=${quote(target.role)}])`
    : `::-p-aria([name=${quote(target.name)}][role=${quote(target.role)}])`;
}

async function matches(root: Page | Frame, target: Target): Promise<ElementHandle[]> {
  const handles = await root.$$(selector(target));
  const prefix = 'role' in target && target.prefix ? target.name : undefined;
  if (prefix === undefined) return handles;
  const kept: ElementHandle[] = [];
  for (const handle of handles) {
    const name = await handle.evaluate(
      (element) => element.getAttribute('aria-label') ?? element.textContent ?? '',
    );
    if (name.trim().startsWith(prefix)) kept.push(handle);
    else await handle.dispose();
  }
  return kept;
}

async function firstVisible(root: Page | Frame, target: Target): Promise<ElementHandle | null> {
  const handles = await matches(root, target);
  let found: ElementHandle | null = null;
  for (const handle of handles) {
    if (!found && (await handle.isVisible())) found = handle;
    else await handle.dispose();
  }
  return found;
}

async function anyVisible(root: Page | Frame, target: Target): Promise<boolean> {
  const handle = await firstVisible(root, target);
  await handle?.dispose();
  return handle !== null;
}

async function waitForVisible(root: Page | Frame, target: Target, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await firstVisible(root, target).catch(() => null);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`Not visible: ${JSON.stringify(target)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The text field a label names: its `<label>` (as Playwright's getByLabel) or its aria-label. The
 * ARIA selector is not used here: by name alone it also matches the label's group, and a password
 * field has no role to narrow it by.
 */
async function labelledField(root: Page | Frame, label: string) {
  const handle = await root.waitForFunction(
    (text) => {
      const byLabel = [...document.querySelectorAll('label')].find(
        (element) => element.textContent?.trim() === text,
      )?.control;
      const field = byLabel ?? document.querySelector(`[aria-label="${CSS.escape(text)}"]`);
      return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
        ? field
        : undefined;
    },
    { timeout: 15_000 },
    label,
  );
  return handle as ElementHandle<HTMLInputElement | HTMLTextAreaElement>;
}

function scope(root: Page | Frame): Scope {
  return {
    isVisible: (target) => anyVisible(root, target),
    waitFor: async (target, timeout) => (await waitForVisible(root, target, timeout)).dispose(),
    click: async (target) => {
      const handle = await waitForVisible(root, target);
      await handle.click();
      await handle.dispose();
    },
    focus: async (target) => {
      const handle = await waitForVisible(root, target);
      await handle.focus();
      await handle.dispose();
    },
    fill: async (label, value) => {
      const field = await labelledField(root, label);
      await field.evaluate((input) => input.select());
      await field.type(value);
      await field.dispose();
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      root.evaluate(fn as never, arg) as Promise<R>,
  };
}

/**
 * Puppeteer's BiDi frames never learn a moz-extension:// URL (Firefox sends no navigation events
 * for extension documents: `frame.url()` stays about:blank), so each frame is asked for its own.
 */
async function findSidebar(page: Page, prefix: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(prefix)) return frame;
  }
  return undefined;
}

/**
 * Firefox reports network refusals (CORS, subresource integrity, CSP) of the saved pages' CDN
 * assets as page errors too; only errors thrown by a script, which carry a stack, count here.
 */
function isThrownByScript(error: Error): boolean {
  return /\n\s*(at |\S*@)/.test(error.stack ?? '');
}

function driverPage(page: Page, sidebarPrefix: string): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    if (error instanceof Error && isThrownByScript(error)) errors.push(error.message);
  });
  return {
    ...scope(page),
    errors,
    goto: async (url) => {
      // moz-extension:// pages never report their load over BiDi: wait for the document instead.
      if (url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: [], timeout: 5_000 } as never).catch(() => undefined);
        await page.waitForFunction(
          (u) => location.href === u && document.readyState !== 'loading',
          {},
          url,
        );
        return;
      }
      await page.goto(url);
    },
    reload: async () => {
      await page.evaluate(() => location.reload());
      await page.waitForFunction(() => document.readyState === 'complete');
    },
    run: (expression) => page.evaluate(expression) as never,
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    summary: async () => {
      const present = await page.evaluate(
        () => document.querySelector('throughline-summary') !== null,
      );
      return present ? {} : undefined;
    },
    activateSummary: async () => {
      // The summary is the last thing in the page: Tab walks forward through the page's controls
      // until it is reached (the replicas have a few; where the walk starts depends on what the
      // page focused last).
      const focused = () => page.evaluate(() => document.activeElement?.localName);
      for (let presses = 0; presses < 80 && (await focused()) !== 'throughline-summary'; presses++)
        await page.keyboard.press('Tab');
      if ((await focused()) !== 'throughline-summary')
        throw new Error('Tab never reached the summary');
      await page.keyboard.press('Enter');
    },
    sidebar: async (timeout = 15_000) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        const frame = await findSidebar(page, sidebarPrefix);
        if (frame) return scope(frame);
        if (Date.now() > deadline) throw new Error('The sidebar frame did not appear');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    sidebarUrl: async () => {
      const frame = await findSidebar(page, sidebarPrefix);
      return frame?.evaluate(() => location.href).catch(() => undefined);
    },
    screenshot: async (name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `firefox-${name}.png`) });
    },
    close: () => page.close(),
  };
}

/** Firefox ESR with the MV2 build; `prefs` set a profile up (e.g. strict tracking protection). */
export async function launchFirefoxDriver(
  fixturePort: number,
  prefs?: Record<string, string | number | boolean>,
): Promise<ExtensionDriver> {
  const firefox = await launchFirefoxWithExtension(fixturePort, prefs);
  const sidebarPrefix = firefox.extensionUrl('sidebar.html');
  const newPage = async (initScript?: () => void) => {
    const page = await firefox.browser.newPage();
    if (initScript) await page.evaluateOnNewDocument(initScript);
    return driverPage(page, sidebarPrefix);
  };
  return {
    browser: 'firefox',
    newPage,
    openExtensionPage: async (path) => {
      const page = await newPage();
      await page.goto(firefox.extensionUrl(path));
      return page;
    },
    close: () => firefox.close(),
  };
}
