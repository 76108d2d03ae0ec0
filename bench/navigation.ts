import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/harness/browser';
import { startFixtureServer, type FixtureServer } from '../test/e2e/harness/fixture-server';
import type { BenchRow } from './row';
import { median } from './stats';
import { printBenchTable } from './table';

/**
 * How soon the ticket's summary is drawn, in real Chromium with the built extension (default
 * profile: sidebar closed). The summary's host element is appended only once it is drawn, so its
 * presence is the moment it is drawn; a build that mounts the sidebar frame on every page instead
 * (before issue 12) is measured by the frame's host element, and the row says which one it was.
 * - after an in-app navigation (history.pushState from a list to a ticket, on the GitHub
 *   single-page replica), p50 over NAVIGATIONS: from the pushState to the host element in the
 *   DOM. Budget (DESIGN.md): ≤ 50 ms.
 * - after a full page load (the real saved GitHub issue page), p50 over LOADS: from `load` to the
 *   host element, against its floor: `load` to the page's own first idle callback, which is when
 *   DESIGN.md asks for it.
 * Times are taken in the page with performance.now(), so Playwright's round trips do not count.
 */
const NAVIGATIONS = 20;
const LOADS = 10;
const LIST = 'https://github.com/acme/web/issues';
const TICKET_PATH = '/acme/web/issues/7';
const SAVED_ISSUE = 'https://github.com/OctoLinker/testrepo/issues/2';

const TAGS = ['throughline-summary', 'throughline-sidebar'] as const;
type Tag = (typeof TAGS)[number];

/**
 * Runs in the page before its own scripts: records load, first idle, and when each of our host
 * elements appeared (0 while absent).
 */
function recordTimes(tags: readonly string[]): void {
  const times = { load: 0, idle: 0, mounted: Object.fromEntries(tags.map((tag) => [tag, 0])) };
  (window as unknown as { benchTimes: typeof times }).benchTimes = times;
  addEventListener('load', () => {
    times.load = performance.now();
    requestIdleCallback(() => (times.idle = performance.now()), { timeout: 500 });
  });
  new MutationObserver(() => {
    for (const tag of tags) {
      const mounted = document.querySelector(tag) !== null;
      if (mounted && !times.mounted[tag]) times.mounted[tag] = performance.now();
      if (!mounted) times.mounted[tag] = 0;
    }
  }).observe(document, { childList: true, subtree: true });
}

type Times = { load: number; idle: number; mounted: Record<Tag, number> };
const times = (page: Page) =>
  page.evaluate(() => (window as unknown as { benchTimes: Times }).benchTimes);

/** Waits until one of our host elements is in the page (or, with `false`, none is). */
async function waitFor(page: Page, mounted: boolean): Promise<void> {
  await page.waitForFunction(
    ([want, tags]) => tags.some((tag) => document.querySelector(tag) !== null) === want,
    [mounted, TAGS] as const,
    { timeout: 10_000, polling: 10 },
  );
}

/** The summary when the build draws one, else the sidebar frame's host (builds before issue 12). */
const drawn = (t: Times): { tag: Tag; at: number } =>
  t.mounted['throughline-summary']
    ? { tag: 'throughline-summary', at: t.mounted['throughline-summary'] }
    : { tag: 'throughline-sidebar', at: t.mounted['throughline-sidebar'] };

const what = (tags: Set<Tag>) =>
  [...tags]
    .map((tag) => (tag === 'throughline-summary' ? 'summary drawn' : 'sidebar mounted'))
    .join(' / ');

interface Samples {
  ms: number[];
  tags: Set<Tag>;
}

async function inAppNavigation(browser: ExtensionBrowser): Promise<Samples> {
  const page = await browser.context.newPage();
  await page.addInitScript(recordTimes, TAGS);
  await page.goto(LIST, { waitUntil: 'load' });
  await page.waitForTimeout(1000); // let the content script finish its idle-after-load start
  const samples: Samples = { ms: [], tags: new Set() };
  for (let i = 0; i < NAVIGATIONS + 2; i++) {
    const started = await page.evaluate((path) => {
      const start = performance.now();
      (window as unknown as { navigate(path: string, delay: number): void }).navigate(path, 0);
      return start;
    }, TICKET_PATH);
    await waitFor(page, true);
    const seen = drawn(await times(page));
    if (i >= 2) {
      // Two warm-up rounds first.
      samples.ms.push(seen.at - started);
      samples.tags.add(seen.tag);
    }
    await page.evaluate(() => history.back());
    await waitFor(page, false);
  }
  await page.close();
  return samples;
}

async function fullPageLoads(browser: ExtensionBrowser): Promise<Samples & { idle: number[] }> {
  const mount: Samples = { ms: [], tags: new Set() };
  const idle: number[] = [];
  for (let i = 0; i < LOADS + 1; i++) {
    const page = await browser.context.newPage();
    await page.addInitScript(recordTimes, TAGS);
    await page.goto(SAVED_ISSUE, { waitUntil: 'load' });
    await waitFor(page, true);
    await page.waitForFunction(
      () => (window as unknown as { benchTimes: Times }).benchTimes.idle > 0,
    );
    const t = await times(page);
    if (i > 0) {
      const seen = drawn(t);
      mount.ms.push(seen.at - t.load);
      mount.tags.add(seen.tag);
      idle.push(t.idle - t.load);
    }
    await page.close();
  }
  return { ...mount, idle };
}

export async function benchNavigation(): Promise<BenchRow[]> {
  let fixtures: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    fixtures = await startFixtureServer();
    browser = await launchWithExtension(fixtures.port);
    const navigation = await inAppNavigation(browser);
    const loads = await fullPageLoads(browser);
    return [
      {
        name: `${what(navigation.tags)} after in-app navigation to a ticket (p50 of ${NAVIGATIONS}, Chromium)`,
        value: median(navigation.ms),
        unit: 'ms',
        budget: 50,
      },
      {
        name: `${what(loads.tags)} after load, saved GitHub issue (p50 of ${LOADS}; floor: first idle)`,
        value: median(loads.ms),
        unit: 'ms',
        floor: median(loads.idle),
      },
    ];
  } finally {
    await browser?.close();
    await fixtures?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printBenchTable(await benchNavigation());
