import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTicket, startConnectedWorld, type World } from './harness/world';
import { serverLink } from './shared/world';

const OTHER = 'jira:acme.atlassian.net/PAY-7';

/**
 * Issue 14: a frame that anyone in a tracker page embeds (a third-party app's iframe, here the page
 * itself) used to get a working sidebar for any ticket. Now only the frame the content script made
 * and bound with its token is answered.
 */
describe('a sidebar frame that the content script did not make', () => {
  let world: World;
  beforeAll(async () => {
    world = await startConnectedWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('gets nothing to show and can change nothing, while the real sidebar works', async () => {
    const { page, frame } = await openTicket(world, 'https://acme.atlassian.net/browse/PAY-42');
    await expect
      .poll(() => frame.getByRole('button', { name: /^Tag/ }).isVisible(), { timeout: 15_000 })
      .toBe(true);

    const rogueUrl = `chrome-extension://${world.browser.extensionId}/sidebar.html#${new URLSearchParams({ id: OTHER, token: crypto.randomUUID() })}`;
    await page.evaluate((src) => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.id = 'rogue';
      document.body.append(iframe);
    }, rogueUrl);
    let rogue: Frame | undefined;
    await expect
      .poll(() => (rogue = page.frames().find((f) => f.url() === rogueUrl)) !== undefined)
      .toBe(true);
    await rogue!.getByText('Loading…').waitFor({ timeout: 15_000 });
    // Long enough for a port to be answered (the real sidebar's was, above, in well under this).
    await page.waitForTimeout(1_500);
    expect(await rogue!.getByRole('button', { name: /^Tag/ }).count()).toBe(0);

    // Driving the worker directly from inside the rogue frame is refused as well.
    const reply = await rogue!.evaluate(async (ticketId) => {
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime;
      return runtime
        .sendMessage({
          throughline: 1,
          name: 'link.set',
          payload: { ticketId, bucketId: 'quality' },
        })
        .then(
          (value) => value ?? 'no answer',
          (error: Error) => `refused: ${error.message}`,
        );
    }, OTHER);
    expect(reply).not.toEqual({ ok: true });
    await page.waitForTimeout(1_000);
    expect(await serverLink(world, OTHER)).toBeUndefined();
    await page.close();
  });
});
