import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../server/start';
import { launchWithExtension } from '../test/e2e/harness/browser';
import { startFixtureServer } from '../test/e2e/harness/fixture-server';
import { ADMIN_TOKEN, DEMO_SEED } from '../test/e2e/harness/world';
import { makeEmptyExtension } from './empty-extension';
import { connectAndSync, HOST_PAGES } from './host-cost';
import { measureHostLoad, setSidebarOpen, type HostLoad } from './host-cost-load';
import type { BenchRow } from './row';
import { medianPairedDifference, noiseOfMedianDifference } from './stats';
import { printBenchTable } from './table';

/**
 * Two builds side by side: `npx tsx bench/host-cost-ab.ts <build A> <build B>` (unpacked Chromium
 * builds, e.g. a copy of .output/chrome-mv3 before a change and the one after). Each round
 * launches the floor (empty content scripts, from A), A and B in rotating order, each in its
 * default mode (the summary) and connected to the seeded API, and loads every host-cost page twice;
 * rows give each build's CPU time over the floor and B − A, paired by round and position, with
 * their noise bands. A change worth a few milliseconds is lost in the spread of two separate full
 * runs (a page's own floor varies by a factor of two within a run); side by side it shows.
 * BENCH_HOST_ROUNDS (default 4) and BENCH_HOST_PAGES work as in host-cost.ts.
 */
const [buildA, buildB] = process.argv.slice(2).map((dir) => resolve(dir));
if (!buildA || !buildB) {
  console.error('usage: npx tsx bench/host-cost-ab.ts <build A> <build B>');
  process.exit(2);
}

const ROUNDS = Number(process.env.BENCH_HOST_ROUNDS ?? 4);
const LOADS_PER_LAUNCH = 2;
type Build = 'floor' | 'A' | 'B';
const BUILDS: Build[] = ['floor', 'A', 'B'];

const fixtures = await startFixtureServer();
const api = await startServer({
  port: 0,
  dataDir: 'memory',
  bootstrapToken: ADMIN_TOKEN,
  seedFile: DEMO_SEED,
});
const floorDir = makeEmptyExtension(buildA);
const dirs: Record<Build, string> = { floor: floorDir, A: buildA, B: buildB };
const samples: Record<Build, HostLoad[][]> = {
  floor: HOST_PAGES.map(() => []),
  A: HOST_PAGES.map(() => []),
  B: HOST_PAGES.map(() => []),
};

try {
  for (let round = 0; round < ROUNDS; round++) {
    for (let step = 0; step < BUILDS.length; step++) {
      const build = BUILDS[(round + step) % BUILDS.length] ?? 'floor';
      const browser = await launchWithExtension(fixtures.port, { extensionDir: dirs[build] });
      try {
        if (build !== 'floor') {
          await setSidebarOpen(browser, false);
          await connectAndSync(browser, api.url);
        }
        const warmUp = HOST_PAGES[0];
        if (warmUp) await measureHostLoad(browser, warmUp.url);
        for (let load = 0; load < LOADS_PER_LAUNCH; load++) {
          const order = HOST_PAGES.map((_, i) => i);
          if (load % 2) order.reverse();
          for (const index of order) {
            const page = HOST_PAGES[index];
            if (page) samples[build][index]?.push(await measureHostLoad(browser, page.url));
          }
        }
      } finally {
        await browser.close();
      }
    }
    console.error(`host-cost A/B: round ${round + 1} of ${ROUNDS}`);
  }
} finally {
  await Promise.all([fixtures.close(), api.close()]);
  rmSync(floorDir, { recursive: true, force: true });
}

const cpu = (build: Build, index: number) => (samples[build][index] ?? []).map((s) => s.cpuMs);
const row = (name: string, measured: number[], base: number[]): BenchRow => ({
  name,
  value: medianPairedDifference(measured, base),
  unit: 'ms',
  overFloor: true,
  noise: noiseOfMedianDifference(measured, base),
});
printBenchTable(
  HOST_PAGES.flatMap(({ name }, index) => [
    row(`host CPU, ${name}: A − floor`, cpu('A', index), cpu('floor', index)),
    row(`host CPU, ${name}: B − floor`, cpu('B', index), cpu('floor', index)),
    row(`host CPU, ${name}: B − A`, cpu('B', index), cpu('A', index)),
  ]),
);
