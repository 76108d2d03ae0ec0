/**
 * `npm run bench`: measures the budgets of DESIGN.md, prints a table and writes
 * bench/results/latest.json. Ratios are against floors measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchContentScriptSize } from './content-script-size';
import { benchDetect } from './detect';
import { CHROMIUM_PATH } from '../test/e2e/harness/browser';
import type { BenchRow } from './row';
import { benchMarks } from './marks';
import { benchNavigation } from './navigation';
import { benchQueries } from './queries';
import { benchSearch } from './search';
import { benchServer } from './server';
import { benchStoreChromium } from './store/chromium';
import { benchStoreNode } from './store/node';

const root = join(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');

if (!existsSync(join(extensionDir, 'manifest.json')) || process.argv.includes('--build')) {
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root }).status !== 0)
    process.exit(1);
}

const rows: BenchRow[] = [
  ...benchContentScriptSize(extensionDir),
  ...(await benchDetect()),
  ...(await benchServer()),
  ...(await benchSearch()),
  ...(await benchQueries()),
  ...(await benchStoreNode()),
  ...(existsSync(CHROMIUM_PATH) ? await benchNavigation() : []),
  ...(existsSync(CHROMIUM_PATH) ? await benchStoreChromium() : []),
  ...(existsSync(CHROMIUM_PATH) ? await benchMarks() : []),
];

function verdict(row: BenchRow): string {
  if (row.budget === undefined) return '';
  const measured = row.budgetIsRatio && row.floor ? row.value / row.floor : row.value;
  return measured <= row.budget ? 'within budget' : 'OVER BUDGET';
}

const table = rows.map((row) => ({
  benchmark: row.name,
  value: `${row.value.toFixed(row.value < 10 ? 3 : 1)} ${row.unit}`,
  floor: row.floor === undefined ? '' : `${row.floor.toFixed(3)} ${row.unit}`,
  ratio: row.floor ? `${(row.value / row.floor).toFixed(2)}×` : '',
  budget:
    row.budget === undefined ? '' : `${row.budget}${row.budgetIsRatio ? '×' : ` ${row.unit}`}`,
  verdict: verdict(row),
}));
console.table(table);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'latest.json'),
  JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2),
);
