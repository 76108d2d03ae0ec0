import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../test/e2e/harness/browser';
import { connectThroughOptions, startWorld, type World } from '../test/e2e/harness/world';
import { makeEmptyExtension } from './empty-extension';
import type { BenchRow } from './row';
import { median, medianPairedDifference, noiseOfMedianDifference } from './stats';

/**
 * Marks on a list, in real Chromium with the built extension connected to the seeded server
 * (every acme/billing ticket has context by the demo seed's rule):
 * - a row appearing → its mark, p50 over ROWS rows added one by one to the 200-link list
 *   (test/fixtures/pages/github.com/acme/billing/issues.html): the debounce, the request to the
 *   worker and the idle moment are all in it;
 * - a 5,000-row list: `load` → the first screenful's marks, how many marks exist then (only
 *   what is on screen, and a screenful ahead, is drawn), and the main thread's long tasks from
 *   `load` until 1.5 s after them (PerformanceObserver `longtask`, the part of each task over
 *   50 ms) over the floor's: the same list loaded with empty content scripts, as long. Not before
 *   `load`: the page builds its 5,000 rows in long tasks of its own, 40 to 240 ms of them.
 * Times are taken in the page with performance.now(), so Playwright's round trips do not count.
 */
const ROWS = 20;
const LIST = 'https://github.com/acme/billing/issues';

/** Every long task of the page, as [start, duration] (in the page, before its own scripts run). */
function recordLongTasks(): void {
  const tasks: [number, number][] = [];
  (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

const markCount = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('throughline-mark').length);

async function rowToMark(page: Page): Promise<number[]> {
  await page.goto(LIST, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelectorAll('throughline-mark').length > 10,
    null,
    {
      timeout: 20_000,
    },
  );
  const samples: number[] = [];
  for (let i = 0; i < ROWS + 2; i++) {
    const took = await page.evaluate(
      (n) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const row = (window as unknown as { addRow(n: number): HTMLElement }).addRow(n);
          const seen = new MutationObserver(() => {
            if (!row.querySelector('throughline-mark')) return;
            seen.disconnect();
            resolve(performance.now() - start);
          });
          seen.observe(row, { childList: true, subtree: true });
        }),
      1000 + i,
    );
    if (i >= 2) samples.push(took); // two warm-up rows
  }
  return samples;
}

/** Loads of the 5,000-row list, with the extension and with the floor. */
const BIG_LOADS = 5;
/** After the first marks, whatever else the extension would draw on the list. */
const AFTER_FIRST_MARKS_MS = 1500;

interface BigListLoad {
  /** `load` → the first mark (the extension); the time waited after `load` (the floor). */
  firstMark: number;
  drawn: number;
  longTaskMs: number;
}

/**
 * One load of the 5,000-row list in `context`: with the extension, until its first mark and
 * AFTER_FIRST_MARKS_MS more; for the floor (`waitAfterLoadMs`), as long after `load` as the
 * extension took. The page's own script builds 5,000 rows in long tasks, so only the difference
 * to the floor is ours.
 */
async function loadBigList(
  context: BrowserContext,
  waitAfterLoadMs?: number,
): Promise<BigListLoad> {
  const page = await context.newPage();
  try {
    await page.addInitScript(recordLongTasks);
    await page.goto(`${LIST}?rows=5000`, { waitUntil: 'load' });
    const loadAt = await page.evaluate(
      () => performance.timing.loadEventStart - performance.timing.navigationStart,
    );
    if (waitAfterLoadMs === undefined) {
      await page.waitForFunction(
        () => document.querySelectorAll('throughline-mark').length > 0,
        null,
        { timeout: 30_000, polling: 5 },
      );
    } else {
      await page.waitForFunction((until) => performance.now() >= until, loadAt + waitAfterLoadMs, {
        polling: 5,
      });
    }
    const firstMarkAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(AFTER_FIRST_MARKS_MS);
    const drawn = await markCount(page);
    // After `load` only: before it, the page builds its 5,000 rows in long tasks of its own.
    const longTaskMs = await page.evaluate(() => {
      const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const tasks = (window as unknown as { benchLongTasks: [number, number][] }).benchLongTasks;
      return tasks
        .filter(([start]) => start >= load.loadEventStart)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    });
    return { firstMark: firstMarkAt - loadAt, drawn, longTaskMs };
  } finally {
    await page.close();
  }
}

async function bigList(world: World) {
  const ours: BigListLoad[] = [];
  for (let i = 0; i < BIG_LOADS; i++) ours.push(await loadBigList(world.browser.context));
  const waited = median(ours.map((load) => load.firstMark));
  const empty = await launchWithExtension(world.fixtures.port, {
    extensionDir: makeEmptyExtension(EXTENSION_DIR),
  });
  const floor: BigListLoad[] = [];
  try {
    for (let i = 0; i < BIG_LOADS; i++) floor.push(await loadBigList(empty.context, waited));
  } finally {
    await empty.close();
  }
  return { ours, floor, waited };
}

export async function benchMarks(): Promise<BenchRow[]> {
  const world = await startWorld({ sidebar: 'summary' });
  try {
    const options = await connectThroughOptions(world);
    await options.getByText('Connected to Acme').waitFor({ timeout: 30_000 });
    const page = await world.browser.context.newPage();
    const rows = await rowToMark(page);
    await page.close();
    const big = await bigList(world);
    const ourLongTasks = big.ours.map((load) => load.longTaskMs);
    const floorLongTasks = big.floor.map((load) => load.longTaskMs);
    return [
      {
        name: `marks: row appearing → its mark, 200-link list (p50 of ${ROWS}, Chromium)`,
        value: median(rows),
        unit: 'ms',
      },
      {
        name: `marks: 5,000-row list, load → first marks (p50 of ${BIG_LOADS}, Chromium)`,
        value: median(big.ours.map((load) => load.firstMark)),
        unit: 'ms',
      },
      {
        name: 'marks: 5,000-row list, marks drawn (of 5,000 rows)',
        value: Math.max(...big.ours.map((load) => load.drawn)),
        unit: 'marks',
      },
      {
        name: `marks: 5,000-row list, long-task time from load to first marks + 1.5 s − floor (p50 of ${BIG_LOADS})`,
        value: medianPairedDifference(ourLongTasks, floorLongTasks),
        unit: 'ms',
        floor: median(floorLongTasks),
        overFloor: true,
        noise: noiseOfMedianDifference(ourLongTasks, floorLongTasks),
        note: 'floor: the same list with empty content scripts, over the same time after load',
      },
    ];
  } finally {
    await world.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchMarks());
