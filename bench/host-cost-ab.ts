import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeEmptyExtension } from './empty-extension';
import { collectPaired, HOST_PAGES } from './host-cost';
import type { HostLoad } from './host-cost-load';
import type { BenchRow } from './row';
import { medianPairedDifference, noiseOfMedianDifference } from './stats';
import { printBenchTable } from './table';

/**
 * Two builds side by side: `npx tsx bench/host-cost-ab.ts <build A> <build B>` (unpacked Chromium
 * builds, e.g. a copy of .output/chrome-mv3 before a change and the one after). Each round
 * launches the floor (empty content scripts, from A), A and B in rotating order, each in its
 * default mode (the summary) and connected to the seeded API, and loads every host-cost page once;
 * rows give each build's CPU time and task time over the floor and B − A, and each one's `load`
 * event over the floor, paired by round, with their noise bands. A change worth a few
 * milliseconds is lost in the spread of two separate full runs (a page's own floor varies by a
 * factor of two within a run); side by side it shows.
 * BENCH_HOST_ROUNDS (default 12) and BENCH_HOST_PAGES work as in host-cost.ts;
 * BENCH_AB_SIDEBAR=open compares the two with the sidebar remembered open.
 */
const [buildA, buildB] = process.argv.slice(2).map((dir) => resolve(dir));
if (!buildA || !buildB) {
  console.error('usage: npx tsx bench/host-cost-ab.ts <build A> <build B>');
  process.exit(2);
}

type Build = 'floor' | 'A' | 'B';
const sidebarOpen = process.env.BENCH_AB_SIDEBAR === 'open';

const floorDir = makeEmptyExtension(buildA);
let samples: Record<Build, HostLoad[][]>;
try {
  samples = await collectPaired<Build>({
    floor: { extensionDir: floorDir },
    A: { extensionDir: buildA, sidebarOpen },
    B: { extensionDir: buildB, sidebarOpen },
  });
} finally {
  rmSync(floorDir, { recursive: true, force: true });
}

const cpu = (build: Build, index: number) => (samples[build][index] ?? []).map((s) => s.cpuMs);
const task = (build: Build, index: number) => (samples[build][index] ?? []).map((s) => s.taskMs);
const load = (build: Build, index: number) => (samples[build][index] ?? []).map((s) => s.loadMs);
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
    row(`host task time, ${name}: A − floor`, task('A', index), task('floor', index)),
    row(`host task time, ${name}: B − floor`, task('B', index), task('floor', index)),
    row(`host task time, ${name}: B − A`, task('B', index), task('A', index)),
    row(`host load event, ${name}: A − floor`, load('A', index), load('floor', index)),
    row(`host load event, ${name}: B − floor`, load('B', index), load('floor', index)),
  ]),
);
