import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { CLOSES_ITS_FRAME, launchWithExtension, sidebarFrame } from '../harness/browser';
import { clickInAccessibilityTree, findInAccessibilityTree } from '../harness/closed-shadow';
import { SCREENSHOT_DIR } from '../harness/world';
import type { DriverPage, ExtensionDriver, Scope, Target } from './types';

const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function locate(root: Page | Frame, target: Target): Locator {
  if (!('role' in target)) return root.getByText(target.text);
  const { role, name, prefix } = target;
  return root.getByRole(role as Parameters<Page['getByRole']>[0], {
    name: prefix && name !== undefined ? startingWith(name) : name,
    exact: true,
  });
}

function scope(root: Page | Frame): Scope {
  return {
    isVisible: async (target) => (await locate(root, target).filter({ visible: true }).count()) > 0,
    waitFor: (target, timeout = 15_000) =>
      locate(root, target).filter({ visible: true }).first().waitFor({ timeout }),
    // A click in the sidebar may take its own frame away (Close).
    click: (target) => locate(root, target).first().click(CLOSES_ITS_FRAME),
    focus: (target) => locate(root, target).first().focus(),
    fill: (label, value) => root.getByLabel(label).fill(value),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      root.evaluate(fn as never, arg) as Promise<R>,
  };
}

function driverPage(page: Page, extensionId: string): DriverPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sidebarPrefix = `chrome-extension://${extensionId}/sidebar.html`;
  return {
    ...scope(page),
    errors,
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    run: (expression) => page.evaluate(expression),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    summary: async () => {
      const found = await findInAccessibilityTree(page, 'button', 'Throughline');
      return found && { name: found.name };
    },
    activateSummary: () => clickInAccessibilityTree(page, 'button', 'Throughline'),
    sidebar: async (timeout) => scope(await sidebarFrame(page, extensionId, timeout)),
    sidebarUrl: async () =>
      page
        .frames()
        .find((f) => f.url().startsWith(sidebarPrefix))
        ?.url(),
    screenshot: async (name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    },
    close: () => page.close(),
  };
}

/** Chromium with the MV3 build, through the same launcher as the Chromium-only e2e files. */
export async function launchChromiumDriver(fixturePort: number): Promise<ExtensionDriver> {
  const browser = await launchWithExtension(fixturePort);
  const newPage = async (initScript?: () => void) => {
    const page = await browser.context.newPage();
    if (initScript) await page.addInitScript(initScript);
    return driverPage(page, browser.extensionId);
  };
  return {
    browser: 'chromium',
    newPage,
    openExtensionPage: async (path) => {
      const page = await newPage();
      await page.goto(browser.extensionUrl(path));
      return page;
    },
    close: () => browser.close(),
  };
}
