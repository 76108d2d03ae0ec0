import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharedWorld, type SharedWorld } from '../shared/world';

interface Permissions {
  remove(permissions: { origins: string[] }): Promise<boolean>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** Tries, from an extension page, to drop host access to a built-in tracker. */
async function tryToRevoke(origin: string) {
  const { permissions } = (globalThis as unknown as { browser: { permissions: Permissions } })
    .browser;
  // Firefox answers without an error here, yet keeps a required permission.
  await permissions.remove({ origins: [origin] }).catch(() => false);
  return permissions.contains({ origins: [origin] });
}

// Why the Firefox build is MV2 (README "Firefox"): host access to the built-in trackers is part of
// the install and cannot be dropped one site at a time, so the sidebar never meets a tracker page
// it may not embed itself in. (Self-hosted sites are optional permissions and can be revoked.)
describe('firefox: host access to the built-in trackers', () => {
  let world: SharedWorld;
  beforeAll(async () => {
    world = await startSharedWorld('firefox', { seed: false, sidebar: 'open' });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('cannot be revoked for any of them, so their pages keep their sidebar', async () => {
    const options = await world.driver.openExtensionPage('options.html');
    for (const origin of [
      'https://github.com/*',
      'https://*.atlassian.net/*',
      'https://linear.app/*',
    ])
      expect(await options.evaluate(tryToRevoke, origin), origin).toBe(true);
    await options.close();

    const page = await world.driver.newPage();
    await page.goto('https://github.com/OctoLinker/testrepo/issues/2');
    await (await page.sidebar()).waitFor({ role: 'button', name: 'Open settings' });
    await page.close();
  });
});
