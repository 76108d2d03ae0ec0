import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  grantSiteAccess,
  readSiteAccess,
  watchHostPermissions,
} from '../../../lib/hosts/site-access';
import { syncSiteScripts } from '../../../lib/hosts/site-scripts';
import type { SelfHostedSite } from '../../../lib/hosts/sites';
import { loadSites, saveSites } from '../../../lib/hosts/stored-sites';
import { fakeChromium } from './fake-chromium';

const JIRA: SelfHostedSite = { system: 'jira', origin: 'https://jira.example.com' };
const GHE: SelfHostedSite = { system: 'github', origin: 'https://ghe.example.com' };

describe('a self-hosted site whose access is revoked in the browser settings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('stays stored, reads as not granted, and loses only its content script', async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*').add('https://ghe.example.com/*');
    await saveSites([JIRA, GHE]);
    await syncSiteScripts();

    chromium.revokeInBrowserSettings('https://jira.example.com/*');
    await syncSiteScripts();

    expect(await loadSites()).toEqual([JIRA, GHE]);
    expect(await readSiteAccess([JIRA, GHE])).toEqual([
      { site: JIRA, granted: false },
      { site: GHE, granted: true },
    ]);
    expect([...chromium.scripts.keys()]).toEqual(['site:github:https://ghe.example.com/*']);
  });

  it('asks the browser for that one site again, and gets its content script back once granted', async () => {
    const chromium = fakeChromium({ answerPrompt: true });
    chromium.granted.add('https://jira.example.com/*');
    await saveSites([JIRA]);
    await syncSiteScripts();
    chromium.revokeInBrowserSettings('https://jira.example.com/*');
    await syncSiteScripts();
    expect(chromium.scripts.size).toBe(0);

    expect(await grantSiteAccess(JIRA)).toBe(true);
    expect(chromium.prompts).toEqual([['https://jira.example.com/*']]);
    await syncSiteScripts();
    expect([...chromium.scripts.keys()]).toEqual(['site:jira:https://jira.example.com/*']);
    expect(await readSiteAccess([JIRA])).toEqual([{ site: JIRA, granted: true }]);
  });

  it('says the browser refused when the prompt is declined, and changes nothing', async () => {
    const chromium = fakeChromium({ answerPrompt: false });
    await saveSites([JIRA]);
    expect(await grantSiteAccess(JIRA)).toBe(false);
    expect(await readSiteAccess([JIRA])).toEqual([{ site: JIRA, granted: false }]);
    expect(await loadSites()).toEqual([JIRA]);
    expect(chromium.granted.size).toBe(0);
  });

  it('tells a watcher about revoking and granting until it stops watching', async () => {
    const chromium = fakeChromium({ answerPrompt: true });
    const stop = new AbortController();
    const seen = vi.fn();
    watchHostPermissions(seen, stop.signal);
    chromium.revokeInBrowserSettings('https://jira.example.com/*');
    await grantSiteAccess(JIRA);
    expect(seen).toHaveBeenCalledTimes(2);
    stop.abort();
    chromium.revokeInBrowserSettings('https://jira.example.com/*');
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
