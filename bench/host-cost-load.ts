import type { ExtensionBrowser } from '../test/e2e/harness/browser';

/** What one load of a tracker page cost its host renderer's main thread. */
export interface HostLoad {
  /** Main-thread task time of the page's renderer (wall clock), navigation to window end (ms). */
  taskMs: number;
  /** The same thread's CPU time over the same window (ms). */
  cpuMs: number;
  /** Parts of the task time, for bench/results/host-cost-samples.json: JS, style, layout (ms). */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  /** The page's `load` event, from navigation start (ms). */
  loadMs: number;
  /** Which of our elements the page held at the end of the window. */
  drew: ('summary' | 'sidebar')[];
  /** Marks beside ticket links when the metrics were read. */
  marks: number;
}

/**
 * The window a load is measured over: until `load` + SETTLE_AFTER_LOAD_MS, and at least
 * MIN_WINDOW_MS after navigation start. The content script starts at the first idle moment after
 * `load` (≤ 500 ms), then the summary is drawn or the frame mounted and laid out; measured on the
 * saved GitHub issue page, main-thread time grows by ≈ 1–2 ms between 0.8 s and 2 s after
 * navigation, with or without our script (page timers). Every mode gets the same window.
 */
const SETTLE_AFTER_LOAD_MS = 800;
const MIN_WINDOW_MS = 1200;

const SUMMARY_TAG = 'throughline-summary';
const SIDEBAR_TAG = 'throughline-sidebar';

/**
 * Loads `url` in a new tab and reads the renderer's main-thread time from CDP
 * Performance.getMetrics, counted from the commit of the navigation: `TaskDuration` (wall-clock
 * time of every task: DESIGN.md's "main-thread task time") and `ThreadTime` (that thread's CPU
 * time). Both include the content script's isolated world and the style and layout our element
 * causes; the extension frame's own document runs in the extension's process and is not counted,
 * the host's work to embed and lay it out is. On a shared machine a task's wall time also holds
 * the time the thread waited for a core, so the CPU time is the steadier figure. Nothing is
 * injected into the page and nothing polls it before the metrics are read, so the measurement
 * adds no task of its own.
 */
export async function measureHostLoad(browser: ExtensionBrowser, url: string): Promise<HostLoad> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const windowEnd = Math.max(started + MIN_WINDOW_MS, Date.now() + SETTLE_AFTER_LOAD_MS);
    await page.waitForTimeout(windowEnd - Date.now());
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => {
      const found = metrics.find((m) => m.name === name)?.value;
      if (found === undefined) throw new Error(`Chromium reported no ${name}`);
      return found * 1000;
    };
    const seen = await page.evaluate(
      ([summary, sidebar]) => ({
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .loadEventStart,
        summary: document.querySelector(summary) !== null,
        sidebar: document.querySelector(sidebar) !== null,
        marks: document.querySelectorAll('throughline-mark').length,
      }),
      [SUMMARY_TAG, SIDEBAR_TAG] as const,
    );
    return {
      taskMs: metric('TaskDuration'),
      cpuMs: metric('ThreadTime'),
      scriptMs: metric('ScriptDuration'),
      styleMs: metric('RecalcStyleDuration'),
      layoutMs: metric('LayoutDuration'),
      loadMs: seen.load,
      marks: seen.marks,
      drew: [
        ...(seen.summary ? ['summary' as const] : []),
        ...(seen.sidebar ? ['sidebar' as const] : []),
      ],
    };
  } finally {
    await page.close();
  }
}

/** The remembered sidebar state (DESIGN.md: `throughline.sidebar.v2` = { open }), set from the worker. */
export async function setSidebarOpen(browser: ExtensionBrowser, open: boolean): Promise<void> {
  await browser.worker.evaluate(async (value) => {
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).chrome.storage.local;
    await storage.set({ 'throughline.sidebar.v2': { open: value } });
  }, open);
}
