import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YAML } from '../lib/standalone/context-files';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { findInAccessibilityTree } from './harness/closed-shadow';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';

// The plumbing of locales/*.yml, end to end: a browser in German gets German extension pages.
// English is what every other e2e (and DESIGN.md's accessible names) checks.
describe('extension pages in a German browser', () => {
  let browser: ExtensionBrowser;
  let fixtures: FixtureServer;
  beforeAll(async () => {
    fixtures = await startFixtureServer();
    browser = await launchWithExtension(fixtures.port, { lang: 'de' });
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  it('shows the options page in German, lists and plurals too', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByRole('heading', { name: 'Throughline-Einstellungen' }).waitFor();
    expect(await page.title()).toBe('Throughline-Einstellungen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.getByLabel('API-URL').count()).toBe(1);
    expect(await page.getByLabel('API-Token').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Verbinden' }).count()).toBe(1);
    // Lists joined the German way, counts as German plurals.
    await page
      .getByText('Jira, Linear, GitHub und GitLab in der Cloud', { exact: false })
      .waitFor();
    await page.getByLabel('Kontextdatei').setInputFiles({
      name: 'demo.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(DEMO_YAML),
    });
    // The preview before importing, in German too.
    const preview = page.getByRole('region', { name: 'Vorschau von demo.yaml' });
    await preview.getByRole('table', { name: 'Was sich ändern würde' }).waitFor();
    await preview.getByRole('button', { name: 'Importieren' }).click();
    await page
      .getByText(
        'Acme importiert: 4 Budgettöpfe, 4 Missionen, 7 Ziele, 15 Vorhaben, 20 verknüpfte Tickets und 6 Regeln.',
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Connect' }).count()).toBe(0);
    await page.close();
  });

  it("draws the summary on a tracker's page in German: the worker sends the words", async () => {
    const page = await browser.context.newPage();
    await page.goto('https://linear.app/acme/issue/ENG-9');
    await expect
      .poll(async () => (await findInAccessibilityTree(page, 'button', 'Throughline'))?.name, {
        timeout: 15_000,
      })
      .toBe('Throughline: Kein Vorhaben passt (In der Kontextdatei zugeordnet)'); // ENG-9 is no-fit in the demo file
    await page.close();
  });
});
