import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContextFile } from '../../lib/context-file/parse';
import {
  DEMO_SEED,
  openTicket,
  SCREENSHOT_DIR,
  screenshot,
  startWorld,
  type World,
} from './harness/world';

const GITHUB_ISSUE = 'https://github.com/OctoLinker/testrepo/issues/2';
const UNLINKED_PR = 'https://github.com/acme/app/pull/43';

const MALFORMED = `workspace: Acme
buckets:
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: self-serve
    title: Self-serve
    goals:
      - id: activation
        status: at-risk
        title: Activation
`;

function yamlFile(name: string, text: string) {
  return { name, mimeType: 'application/yaml', buffer: Buffer.from(text) };
}

/** The whole options page, not just the viewport: its sections run below the fold. */
async function fullPageScreenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('standalone mode in Chromium: a context file, no server', () => {
  let world: World;
  let options: Page;
  beforeAll(async () => {
    // The API runs (the harness starts one) but the extension is never pointed at it.
    world = await startWorld({ seed: false });
    options = await world.browser.context.newPage();
    await options.goto(world.browser.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await world?.close();
  });

  it('imports the demo context file from the file input', async () => {
    await options
      .getByLabel('Context file')
      .setInputFiles(yamlFile('demo.yaml', readFileSync(DEMO_SEED, 'utf8')));
    // Previewed first: nothing is written until Import.
    const preview = options.getByRole('region', { name: 'Preview of demo.yaml' });
    await expect
      .poll(() => preview.getByRole('list', { name: 'New and changed rules' }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await fullPageScreenshot(options, 'options-standalone-preview');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => options.getByText(/^Imported Acme: 4 buckets/).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expect.poll(() => options.getByText(/Using Acme from demo\.yaml/).isVisible()).toBe(true);
    await fullPageScreenshot(options, 'options-standalone-imported');
  });

  it('shows the imported context in the sidebar of a ticket page', async () => {
    const { page, frame, errors } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(() => frame.getByText('Raise week-1 activation to 45%').isVisible())
      .toBe(true);
    await expect.poll(() => frame.getByText('New capabilities').isVisible()).toBe(true);
    expect(await frame.getByRole('button', { name: 'Open settings' }).count()).toBe(0);
    await screenshot(page, 'standalone-github-sidebar');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tags a ticket locally, and the export carries the tag', async () => {
    const { page, frame } = await openTicket(world, UNLINKED_PR);
    await frame.getByRole('button', { name: /^Tag/ }).click();
    await frame.getByRole('combobox').fill('keep the lights');
    await frame
      .getByRole('option', { name: /Keep the lights on/ })
      .first()
      .click();
    await expect.poll(() => frame.getByText(/Tagged to Keep the lights on/).isVisible()).toBe(true);
    // Final at once: nothing waits for a server that does not exist.
    expect(await frame.getByText(/waiting|not sent/i).count()).toBe(0);
    await page.close();

    await options.bringToFront();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as context file' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = parseContextFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.links).toContainEqual(
      expect.objectContaining({ ticket: 'github:github.com/acme/app#43', bucket: 'ktlo' }),
    );
    expect(download.suggestedFilename()).toMatch(/^acme-context-\d{4}-\d{2}-\d{2}\.yaml$/);
  });

  it('counts the tickets opened here in the popup: both have a why', async () => {
    const popup = await world.browser.context.newPage();
    await popup.goto(world.browser.extensionUrl('popup.html'));
    const recent = popup.getByRole('region', { name: 'Your recent tickets' });
    await expect
      .poll(() => recent.getByText('2 of 2 tickets you opened lately have a why.').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(await recent.getByRole('listitem').allTextContents()).toContain('Tagged 2');
    await popup.close();
  });

  it('refuses a malformed file with the path and line, changing nothing', async () => {
    await options.getByLabel('Context file').setInputFiles(yamlFile('broken.yaml', MALFORMED));
    const alert = options.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toContain('broken.yaml was not imported. Nothing changed.');
    expect(await alert.textContent()).toContain('Line 9, missions[0].goals[0].status:');
    await fullPageScreenshot(options, 'options-standalone-malformed');
    await options.reload();
    await expect.poll(() => options.getByText(/Using Acme from demo\.yaml/).isVisible()).toBe(true);
    const { page, frame } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.close();
  });
});
