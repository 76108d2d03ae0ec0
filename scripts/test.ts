/**
 * `npm test`: every check the project has, one after another, ending with one plain line
 * `N passed, N failed, N skipped` that adds up every suite (CI's log reader needs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../test/e2e/harness/browser';
import { FIREFOX_PATH } from '../test/e2e/harness/firefox';

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
check('web-ext lint (firefox): no errors, only known library warnings', 'npx', [
  'tsx',
  'scripts/lint-firefox.ts',
]);
check('icons rendered from their one source', 'npx', ['tsx', 'scripts/icons.ts', '--check']);
vitestSuite('release: built manifests', ['--config', 'test/release/vitest.config.ts'], 300);
check('release: npm run zip is reproducible', 'npx', ['tsx', 'scripts/check-zips.ts']);

interface E2e {
  name: string;
  browser: string;
  path: string;
  /** The variable that points the suite at another binary. */
  variable: string;
  /** Debian's package for it. */
  install: string;
  config: string;
}

/** An end-to-end suite in one browser; without the browser: skipped loudly, or failed in CI. */
function e2eSuite({ name, browser, path, variable, install, config }: E2e): void {
  if (existsSync(path)) {
    vitestSuite(name, ['--config', config], 1500);
  } else if (isCi) {
    console.log(
      `\n✗ ${name}: ${browser} not found at ${path} (CI must install it: apt-get install -y ${install})`,
    );
    total.failed += 1;
  } else {
    console.log('\n' + '!'.repeat(78));
    console.log(`!! ${name.toUpperCase()} SKIPPED: no ${browser} at ${path}.`);
    console.log(`!! Install it with: sudo apt-get install -y ${install}   (or set ${variable})`);
    console.log('!'.repeat(78));
    total.skipped += 1;
  }
}

e2eSuite({
  name: 'e2e',
  browser: 'Chromium',
  path: CHROMIUM_PATH,
  variable: 'CHROMIUM_PATH',
  install: 'chromium',
  config: 'vitest.e2e.config.ts',
});
e2eSuite({
  name: 'e2e firefox',
  browser: 'Firefox',
  path: FIREFOX_PATH,
  variable: 'FIREFOX_PATH',
  install: 'firefox-esr',
  config: 'test/e2e/firefox/vitest.config.ts',
});

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
