import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../server/start';
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/harness/browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { ADMIN_TOKEN, DEMO_SEED } from '../test/e2e/harness/world';
import { makeEmptyExtension } from './empty-extension';
import { measureHostLoad, setSidebarOpen, type HostLoad } from './host-cost-load';
import type { BenchRow } from './row';
import { printBenchTable } from './table';
import { median, medianPairedDifference, noiseOfMedianDifference } from './stats';

/**
 * What the extension costs the tracker page it runs on (DESIGN.md "Performance budgets"), in real
 * Chromium: each page is loaded with the built extension in its default mode (the summary), with
 * the sidebar remembered open, and with the floor: the same manifest with empty content scripts and
 * an empty worker (empty-extension.ts). One Chromium at a time (the machine has 2 cores): each
 * round launches the three in turn, each on a fresh profile, in an order that rotates every round,
 * so drift over the run falls on every mode alike; samples are paired by round. The
 * extension is connected to the real API with the demo context, as a person's is: tickets have
 * context, and a list's links get their marks.
 */
const ALL_HOST_PAGES: { name: string; url: string; list?: true }[] = [
  { name: 'saved GitHub issue', url: 'https://github.com/OctoLinker/testrepo/issues/2' },
  { name: 'saved GitHub pull request', url: 'https://github.com/OctoLinker/testrepo/pull/1' },
  { name: 'Jira issue replica', url: 'https://acme.atlassian.net/browse/PAY-42' },
  { name: 'Linear issue replica', url: 'https://linear.app/acme/issue/ENG-9' },
  { name: 'GitLab issue replica', url: 'https://gitlab.com/acme/web/app/-/issues/5' },
  // 200 rows, each with two links to its issue (and a label and an author): every one has context
  // by the demo's acme/billing rule, so each row gets a mark.
  {
    name: 'GitHub issue list, 200 tickets with marks',
    url: 'https://github.com/acme/billing/issues',
    list: true,
  },
];

/** BENCH_HOST_PAGES=jira,list measures only the pages whose name has one of these words. */
const PAGE_FILTER = process.env.BENCH_HOST_PAGES?.split(',').map((word) =>
  word.trim().toLowerCase(),
);
export const HOST_PAGES = ALL_HOST_PAGES.filter(
  ({ name }) => !PAGE_FILTER || PAGE_FILTER.some((word) => name.toLowerCase().includes(word)),
);

/** The list page, once the extension has synced: marks appear (what a connected profile sees). */
const SYNCED_WHEN_MARKED = 'https://github.com/acme/billing/issues';

const RESULTS_DIR = join(import.meta.dirname, 'results');

/**
 * Rounds of three launches, each launch loading every page once after a warm-up load;
 * BENCH_HOST_ROUNDS changes it. A launch's loads run high or low together (in the run of 1 Dec
 * 06:07, two loads of a page in one launch correlated by 0.3 to 0.8 on most pages), so two loads
 * per launch counted as fewer independent samples than they looked; twelve launches of one load
 * each give twelve, for the same number of loads.
 */
const ROUNDS = Number(process.env.BENCH_HOST_ROUNDS ?? 12);

type Mode = 'floor' | 'summary' | 'sidebar';

/** samples[mode][page] in pairing order. */
type Samples = Record<Mode, HostLoad[][]>;

/** One way of loading the pages: a build, connected with the sidebar remembered open or closed. */
export interface LaunchMode {
  extensionDir: string;
  /** Unset for the floor: its worker is empty, so it is not connected. */
  sidebarOpen?: boolean;
}

/**
 * Every mode's samples of every page, paired: rounds of one launch per mode, in an order that
 * rotates every round, so drift over the run falls on every mode alike. Starts the fixture sites
 * and the seeded API for the run.
 */
export async function collectPaired<M extends string>(
  modes: Record<M, LaunchMode>,
): Promise<Record<M, HostLoad[][]>> {
  const names = Object.keys(modes) as M[];
  const fixtures = await startFixtureServer();
  const api = await startServer({
    port: 0,
    dataDir: 'memory',
    bootstrapToken: ADMIN_TOKEN,
    seedFile: DEMO_SEED,
  });
  const samples = Object.fromEntries(
    names.map((name) => [name, HOST_PAGES.map((): HostLoad[] => [])]),
  ) as Record<M, HostLoad[][]>;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (let step = 0; step < names.length; step++) {
        const name = names[(round + step) % names.length] as M;
        // Every other round in reverse, so no page always follows the same one.
        await runLaunch(modes[name], fixtures.port, api.url, samples[name], round % 2 === 1);
      }
    }
    return samples;
  } finally {
    await Promise.all([fixtures.close(), api.close()]);
  }
}

/**
 * One launch on a fresh profile: whatever a profile carries (caches, what Chromium does on its first
 * runs) then varies from launch to launch and averages out over the rounds, instead of staying
 * with one mode for the whole run.
 */
async function runLaunch(
  { extensionDir, sidebarOpen }: LaunchMode,
  fixturePort: number,
  apiUrl: string,
  samples: HostLoad[][],
  reverse: boolean,
): Promise<void> {
  const browser = await launchWithExtension(fixturePort, { extensionDir });
  try {
    if (sidebarOpen !== undefined) {
      await setSidebarOpen(browser, sidebarOpen);
      await connectAndSync(browser, apiUrl);
    }
    const warmUp = HOST_PAGES[0];
    if (warmUp) await measureHostLoad(browser, warmUp.url);
    const order = HOST_PAGES.map((_, i) => i);
    if (reverse) order.reverse();
    for (const index of order) {
      const page = HOST_PAGES[index];
      // A list shows no ticket, so the sidebar's choice changes nothing there: not loaded.
      if (page && !(page.list && sidebarOpen))
        samples[index]?.push(await measureHostLoad(browser, page.url));
    }
  } finally {
    await browser.close();
  }
}

/** Connects through the options page, as a person does, and waits for the first sync. */
async function connectAndSync(browser: ExtensionBrowser, apiUrl: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.getByLabel('API URL').fill(apiUrl);
  await options.getByLabel('API token').fill(ADMIN_TOKEN);
  await options.getByRole('button', { name: 'Connect' }).click();
  await options.getByText('Connected to Acme').waitFor({ timeout: 30_000 });
  await options.goto(SYNCED_WHEN_MARKED);
  await options.waitForFunction(() => document.querySelector('throughline-mark') !== null, null, {
    timeout: 30_000,
  });
  await options.close();
}

async function collect(extensionDir: string): Promise<Samples> {
  const emptyDir = makeEmptyExtension(extensionDir);
  try {
    return await collectPaired<Mode>({
      floor: { extensionDir: emptyDir },
      summary: { extensionDir, sidebarOpen: false },
      sidebar: { extensionDir, sidebarOpen: true },
    });
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

/** Says so when a page did not show what the mode asks for (the summary alone, or the sidebar). */
function drawnNote(loads: HostLoad[], mode: 'summary' | 'sidebar'): string | undefined {
  const fits = (load: HostLoad) =>
    mode === 'summary'
      ? load.drew.includes('summary') && !load.drew.includes('sidebar')
      : load.drew.includes('sidebar');
  if (loads.every(fits)) return undefined;
  const shown = loads.map((load) => load.drew.join(' + ') || 'nothing');
  const counts = [...new Set(shown)].map(
    (what) => `${shown.filter((s) => s === what).length}× ${what}`,
  );
  const wanted = mode === 'summary' ? 'the summary alone' : 'the sidebar';
  return `expected ${wanted} on every load, the page had: ${counts.join(', ')}`;
}

type Metric = 'cpuMs' | 'taskMs' | 'loadMs';

/** DESIGN.md: a list or board with 200 ticket links and their marks, at most +30 ms. */
const LIST_BUDGET_MS = 30;

function marksNote(loads: HostLoad[]): string | undefined {
  const unmarked = loads.filter((load) => load.marks === 0).length;
  return unmarked ? `${unmarked} of ${loads.length} loads drew no mark` : undefined;
}

const METRICS: { metric: Metric; what: string; budget: (mode: 'summary' | 'sidebar') => number }[] =
  [
    {
      metric: 'cpuMs',
      what: 'host main-thread CPU time',
      budget: (mode) => (mode === 'summary' ? 20 : 50),
    },
    {
      metric: 'taskMs',
      what: 'host main-thread task time',
      budget: (mode) => (mode === 'summary' ? 20 : 50),
    },
    // DESIGN.md: the page's `load` event is never delayed. A p50 difference is never exactly 0, so
    // "not delayed" means within the run's own noise band (stats.ts).
    { metric: 'loadMs', what: 'host load event', budget: () => 0 },
  ];

function rowsFor(
  { name: page, list }: (typeof HOST_PAGES)[number],
  samples: Samples,
  index: number,
): BenchRow[] {
  const floor = samples.floor[index] ?? [];
  // A list shows no ticket: the sidebar's choice changes nothing there, its marks are the cost.
  const modes = list ? (['summary'] as const) : (['summary', 'sidebar'] as const);
  return modes.flatMap((mode) => {
    const loads = samples[mode][index] ?? [];
    const label = list
      ? 'marks (default)'
      : mode === 'summary'
        ? 'summary (default)'
        : 'sidebar open';
    const note = list ? marksNote(loads) : drawnNote(loads, mode);
    return METRICS.map(({ metric, what, budget }): BenchRow => {
      const measured = loads.map((load) => load[metric]);
      const base = floor.map((load) => load[metric]);
      return {
        name: `${what}, ${page}, ${label} − floor (p50 of ${measured.length} paired)`,
        value: medianPairedDifference(measured, base),
        unit: 'ms',
        floor: median(base),
        overFloor: true,
        budget: list && metric !== 'loadMs' ? LIST_BUDGET_MS : budget(mode),
        noise: noiseOfMedianDifference(measured, base),
        budgetAllowsNoise: metric === 'loadMs',
        note: metric === 'cpuMs' ? note : undefined, // once per page and mode
      };
    });
  });
}

export async function benchHostCost(extensionDir: string): Promise<BenchRow[]> {
  if (ROUNDS < 1) return []; // BENCH_HOST_ROUNDS=0 leaves this part out
  const samples = await collect(extensionDir);
  // Every sample, for a look at their spread (bench/results/ is not committed).
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, 'host-cost-samples.json'),
    JSON.stringify({ at: new Date().toISOString(), pages: HOST_PAGES, samples }, null, 2),
  );
  return HOST_PAGES.flatMap((page, index) => rowsFor(page, samples, index));
}

if (import.meta.url === `file://${process.argv[1]}`)
  printBenchTable(await benchHostCost(join(import.meta.dirname, '..', '.output', 'chrome-mv3')));
