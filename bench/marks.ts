import type { Page } from 'playwright-core';
import { connectThroughOptions, startWorld, type World } from '../test/e2e/harness/world';
import type { BenchRow } from './row';

/**
 * Marks on a list, in real Chromium with the built extension connected to the seeded server
 * (every acme/billing ticket has context by the demo seed's rule):
 * - a row appearing → its mark, p50 over ROWS rows added one by one to the 200-link list
 *   (test/fixtures/pages/github.com/acme/billing/issues.html): the debounce, the request to the
 *   worker and the idle moment are all in it;
 * - a 5,000-row list: `load` → the first screenful's marks, how many marks exist then (only
 *   what is on screen, and a screenful ahead, is drawn), and the main thread's long tasks from
 *   `load` until then (PerformanceObserver `longtask`, the part of each task over 50 ms).
 * Times are taken in the page with performance.now(), so Playwright's round trips do not count.
 */
const ROWS = 20;
const LIST = 'https://github.com/acme/billing/issues';

function recordLongTasks(): void {
  const record = { longTaskMs: 0 };
  (window as unknown as { benchLong: typeof record }).benchLong = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTaskMs += Math.max(0, entry.duration - 50);
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

async function bigList(world: World) {
  const page = await world.browser.context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(`${LIST}?rows=5000`, { waitUntil: 'load' });
  const loadAt = await page.evaluate(
    () => performance.timing.loadEventStart - performance.timing.navigationStart,
  );
  await page.waitForFunction(() => document.querySelectorAll('throughline-mark').length > 0, null, {
    timeout: 30_000,
    polling: 5,
  });
  const firstMarkAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1500); // whatever else it would draw
  const drawn = await markCount(page);
  const longTaskMs = await page.evaluate(
    () => (window as unknown as { benchLong: { longTaskMs: number } }).benchLong.longTaskMs,
  );
  await page.close();
  return { firstMark: firstMarkAt - loadAt, drawn, longTaskMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
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
    return [
      {
        name: `marks: row appearing → its mark, 200-link list (p50 of ${ROWS}, Chromium)`,
        value: median(rows),
        unit: 'ms',
      },
      {
        name: 'marks: 5,000-row list, load → first marks (Chromium)',
        value: big.firstMark,
        unit: 'ms',
      },
      {
        name: 'marks: 5,000-row list, marks drawn (of 5,000 rows)',
        value: big.drawn,
        unit: 'marks',
      },
      {
        name: 'marks: 5,000-row list, long-task time from navigation to first marks + 1.5 s',
        value: big.longTaskMs,
        unit: 'ms',
      },
    ];
  } finally {
    await world.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchMarks());
