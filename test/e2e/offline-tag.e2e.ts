import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  connectThroughOptions,
  openTicket,
  screenshot,
  startWorld,
  type World,
} from './harness/world';

const PULL_REQUEST = 'https://github.com/OctoLinker/testrepo/pull/1';
const TICKET = 'github:github.com/octolinker/testrepo#1';

async function serverLink(world: World) {
  const response = await fetch(`${world.api.url}/v1/sync?limit=5000`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const page = (await response.json()) as {
    changes: { id: string; version: number; data: Record<string, unknown> }[];
  };
  return page.changes.find((change) => change.id === TICKET);
}

describe('a tag made while the context API is down', () => {
  let world: World;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'throughline-e2e-data-'));
    world = await startWorld({ dataDir });
  });
  afterAll(async () => {
    await world?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is kept locally, shown as pending, and reaches the server exactly once when it is back', async () => {
    const options = await connectThroughOptions(world);
    await expect
      .poll(() => options.getByText('Connected to Acme').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const { page, frame, errors } = await openTicket(world, PULL_REQUEST);
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);

    await world.api.close();
    // What the sidebar's tag picker sends (the picker itself is tested with the sidebar).
    const reply = await frame.evaluate((ticketId) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({
        throughline: 1,
        name: 'link.set',
        payload: { ticketId, bucketId: 'tech-debt' },
      });
    }, TICKET);
    expect(reply).toEqual({ ok: true });
    await expect
      .poll(() => frame.getByText(/reaches the context API on the next sync/).isVisible())
      .toBe(true);
    await expect.poll(() => frame.getByText('Tech debt').isVisible()).toBe(true);
    await expect
      .poll(() => frame.getByRole('alert', { name: "Can't reach the context API" }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await screenshot(page, 'github-pr-tag-pending-offline');

    await world.restartApi();
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => frame.getByText(/reaches the context API on the next sync/).isVisible(), {
        timeout: 15_000,
      })
      .toBe(false);
    const arrived = await serverLink(world);
    expect(arrived?.data).toMatchObject({ bucketId: 'tech-debt', linkedBy: 'admin' });

    // Syncing again sends nothing more: the link keeps the version the one delivery gave it.
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => options.getByRole('button', { name: 'Sync now' }).isEnabled())
      .toBe(true);
    expect((await serverLink(world))?.version).toBe(arrived?.version);
    await expect.poll(() => frame.getByText('Tech debt').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
