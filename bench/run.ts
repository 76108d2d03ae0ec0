/**
 * `npm run bench`: measures the budgets of DESIGN.md, prints a table and writes
 * bench/results/latest.json. Ratios are against floors measured in the same run.
 */
// First: our code's words need `chrome.i18n` in place before wxt/browser is evaluated.
import './node-i18n';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchContentScriptSize } from './content-script-size';
import { benchContentScriptWeight } from './content-script-weight';
import { benchDetect } from './detect';
import { benchHostCost } from './host-cost';
import { CHROMIUM_PATH } from '../test/e2e/harness/browser';
import type { BenchRow } from './row';
import { printBenchTable } from './table';
import { benchMarks } from './marks';
import { benchNavigation } from './navigation';
import { benchQueries } from './queries';
import { benchRecentChromium } from './recent/chromium';
import { benchSearch } from './search';
import { benchSearchWorker } from './search-worker';
import { benchServer } from './server';
import { benchStoreChromium } from './store/chromium';
import { benchStoreNode } from './store/node';
import { benchSummaryToSidebar } from './summary-to-sidebar';

const root = join(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');

if (!existsSync(join(extensionDir, 'manifest.json')) || process.argv.includes('--build')) {
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root }).status !== 0)
    process.exit(1);
}

/** Runs one part and says on stderr how long it took (the host-cost part is the long one). */
async function timed(part: string, run: () => BenchRow[] | Promise<BenchRow[]>) {
  const started = Date.now();
  const rows = await run();
  console.error(`bench: ${part} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return rows;
}

const inChromium = existsSync(CHROMIUM_PATH);
const rows: BenchRow[] = [
  ...benchContentScriptSize(extensionDir),
  ...(await timed('content-script weight', benchContentScriptWeight)),
  ...(await benchDetect()),
  ...(await timed('server', benchServer)),
  ...(await benchSearch()),
  ...(await benchQueries()),
  ...(await timed('store (Node)', benchStoreNode)),
  ...(inChromium ? await timed('navigation', benchNavigation) : []),
  ...(inChromium ? await timed('summary → sidebar', benchSummaryToSidebar) : []),
  ...(inChromium ? await timed('host cost', () => benchHostCost(extensionDir)) : []),
  ...(inChromium ? await timed('store (Chromium)', benchStoreChromium) : []),
  ...(inChromium ? await timed('search worker', benchSearchWorker) : []),
  ...(inChromium ? await timed('recent tickets', benchRecentChromium) : []),
  ...(inChromium ? await timed('marks', benchMarks) : []),
];

printBenchTable(rows);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'latest.json'),
  JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2),
);
