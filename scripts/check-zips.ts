/**
 * Store packages are reproducible: `npm run zip` twice over the same tree gives the same bytes
 * (WXT's zip sorts entries and writes no timestamps; the build itself must be deterministic too).
 * Run by `npm test`; alone: `npx tsx scripts/check-zips.ts`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
export const ZIPS = [
  `throughline-${version}-chrome.zip`,
  `throughline-${version}-firefox.zip`,
  `throughline-${version}-sources.zip`,
].map((name) => join(root, '.output', name));

function zipAll(): Map<string, string> {
  for (const zip of ZIPS) rmSync(zip, { force: true });
  const status = spawnSync('npm', ['run', '--silent', 'zip'], {
    cwd: root,
    stdio: 'ignore',
  }).status;
  if (status !== 0) throw new Error('npm run zip failed');
  return new Map(
    ZIPS.map((zip) => {
      if (!existsSync(zip)) throw new Error(`npm run zip did not write ${zip}`);
      return [zip, createHash('sha256').update(readFileSync(zip)).digest('hex')];
    }),
  );
}

const first = zipAll();
const second = zipAll();
let differ = 0;
for (const [zip, hash] of first) {
  const same = second.get(zip) === hash;
  differ += same ? 0 : 1;
  console.log(`${same ? '✓' : '✗'} ${zip.slice(root.length + 1)} ${hash.slice(0, 16)}`);
}
process.exit(differ === 0 ? 0 : 1);
