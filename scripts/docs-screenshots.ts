/**
 * `npm run docs:screenshots`: copies the screenshots the last e2e run took of the real built
 * extension (test-results/screenshots/) into docs/screenshots/, which the README shows. Run it
 * after `npm run test:e2e` when the UI changed, look at the pictures, and commit them.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FROM = join(ROOT, 'test-results', 'screenshots');
const TO = join(ROOT, 'docs', 'screenshots');

/** docs name ← e2e screenshot name (the e2e test that takes it is named in brackets). */
const SHOWN: Record<string, string> = {
  'sidebar-github.png': 'github-sidebar.png', // [shared/tickets-scenario]
  'sidebar-jira.png': 'jira-sidebar.png', // [shared/tickets-scenario]
  'sidebar-linear.png': 'linear-sidebar.png', // [shared/tickets-scenario]
  'sidebar-gitlab.png': 'gitlab-sidebar-tagged.png', // [shared/tickets-scenario]
  'picker.png': 'github-picker.png', // [sidebar-tagging]
  'popup.png': 'collaboration-popup-needs-attention.png', // [collaboration]
  'options.png': 'options-connected-sync.png', // [options]
};

mkdirSync(TO, { recursive: true });
const missing = Object.values(SHOWN).filter((file) => !existsSync(join(FROM, file)));
if (missing.length > 0) {
  console.error(`Run the e2e tests first; missing: ${missing.join(', ')}`);
  process.exit(1);
}
for (const [shown, taken] of Object.entries(SHOWN))
  copyFileSync(join(FROM, taken), join(TO, shown));
console.log(`Copied ${Object.keys(SHOWN).length} screenshots to docs/screenshots/.`);
