import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  DEMO_SEED,
  connectThroughOptions,
  openTicket,
  startWorld,
  type World,
} from './harness/world';

describe('the sidebar follows the server', () => {
  let world: World;
  let options: Page;
  beforeAll(async () => {
    world = await startWorld();
    options = await connectThroughOptions(world);
    await options.getByText('Connected to Acme').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await world?.close();
  });

  // Tagging each tracker's ticket by keyboard is a shared scenario, run in Chromium and Firefox:
  // shared/tickets-scenario.ts.

  it('shows a change made on the server in an open sidebar after sync, without reload', async () => {
    const { page, frame } = await openTicket(
      world,
      'https://github.com/OctoLinker/testrepo/pull/1',
    );
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    const renamed = readFileSync(DEMO_SEED, 'utf8').replace(
      'Guided setup for new workspaces',
      'Guided setup, now with templates',
    );
    const imported = await fetch(`${world.api.url}/v1/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/yaml' },
      body: renamed,
    });
    expect(imported.status).toBe(200);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => frame.getByText('Guided setup, now with templates').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.close();
  });
});
