/**
 * `npm test`: every check the project has, one after another, ending with one plain line
 * `N passed, N failed, N skipped` that adds up every suite (CI's log reader needs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../test/e2e/harness/browser';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const results = join(import.meta.dirname, '..', 'test-results');
mkdirSync(results, { recursive: true });
const isCi = process.env.CI === 'true' || process.env.CI === '1';

function run(command: string, args: string[], timeoutSeconds?: number): boolean {
  const [cmd, cmdArgs] = timeoutSeconds
    ? ['timeout', ['-s', 'KILL', String(timeoutSeconds), command, ...args]]
    : [command, args];
  const status = spawnSync(cmd, cmdArgs, { stdio: 'inherit' }).status;
  return status === 0;
}

function check(name: string, command: string, args: string[]): void {
  console.log(`\n━━ ${name}`);
  const ok = run(command, args);
  total[ok ? 'passed' : 'failed'] += 1;
  console.log(ok ? `✓ ${name}` : `✗ ${name} failed`);
}

/** Runs a vitest suite and adds its per-test counts (a crash with no report counts as one failure). */
function vitestSuite(name: string, args: string[], timeoutSeconds: number): void {
  console.log(`\n━━ ${name}`);
  const report = join(results, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const ok = run(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    timeoutSeconds,
  );
  if (!existsSync(report)) {
    total.failed += 1;
    console.log(`✗ ${name}: no report (crashed or timed out)`);
    return;
  }
  const counts = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += counts.numPassedTests;
  total.failed += counts.numFailedTests + (ok || counts.numFailedTests > 0 ? 0 : 1);
  total.skipped += counts.numPendingTests + counts.numTodoTests;
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);
vitestSuite('unit', [], 900);
check('build chrome-mv3', 'npx', ['wxt', 'build']);
check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('web-ext lint (firefox)', 'npx', [
  'web-ext',
  'lint',
  '--source-dir',
  '.output/firefox-mv2',
  '--self-hosted',
  '--no-config-discovery',
]);

if (existsSync(CHROMIUM_PATH)) {
  vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts'], 1500);
} else if (isCi) {
  console.log(
    `\n✗ e2e: Chromium not found at ${CHROMIUM_PATH} (CI must install it: apt-get install -y chromium)`,
  );
  total.failed += 1;
} else {
  console.log('\n' + '!'.repeat(78));
  console.log(`!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`);
  console.log('!! Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  console.log('!'.repeat(78));
  total.skipped += 1;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
