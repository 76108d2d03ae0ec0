import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncSiteScripts } from '../../../lib/hosts/site-scripts';
import type { SelfHostedSite } from '../../../lib/hosts/sites';
import { saveSites } from '../../../lib/hosts/stored-sites';
import { fakeChromium } from './fake-chromium';

const JIRA: SelfHostedSite = { system: 'jira', origin: 'https://jira.example.com' };
const GHE: SelfHostedSite = { system: 'github', origin: 'https://ghe.example.com' };

describe('registering content scripts for self-hosted sites', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it("registers each granted site with its tracker's built script, persisted across restarts", async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*').add('https://ghe.example.com/*');
    await saveSites([JIRA, GHE]);
    await syncSiteScripts();
    expect([...chromium.scripts.values()]).toEqual([
      expect.objectContaining({
        id: 'site:jira:https://jira.example.com/*',
        js: ['content-scripts/jira.js'],
        matches: ['https://jira.example.com/*'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      }),
      expect.objectContaining({
        id: 'site:github:https://ghe.example.com/*',
        js: ['content-scripts/github.js'],
      }),
    ]);
  });

  it('waits for the host permission before registering a site', async () => {
    const chromium = fakeChromium();
    await saveSites([JIRA]);
    await syncSiteScripts();
    expect(chromium.scripts.size).toBe(0);
    chromium.granted.add('https://jira.example.com/*');
    await syncSiteScripts();
    expect([...chromium.scripts.keys()]).toEqual(['site:jira:https://jira.example.com/*']);
  });

  it('is idempotent: syncing again changes nothing', async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*');
    await saveSites([JIRA]);
    await syncSiteScripts();
    await syncSiteScripts();
    expect(chromium.scripts.size).toBe(1);
  });

  it('unregisters removed sites and revoked permissions, leaving scripts it does not own', async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*').add('https://ghe.example.com/*');
    chromium.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.com/*'] });
    await saveSites([JIRA, GHE]);
    await syncSiteScripts();
    await saveSites([GHE]);
    chromium.granted.delete('https://ghe.example.com/*');
    await syncSiteScripts();
    expect([...chromium.scripts.keys()]).toEqual(['someone-else']);
  });

  it('re-registers a site whose built script file changed (an extension update)', async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*');
    await saveSites([JIRA]);
    chromium.scripts.set('site:jira:https://jira.example.com/*', {
      id: 'site:jira:https://jira.example.com/*',
      js: ['content-scripts/jira-old.js'],
      matches: ['https://jira.example.com/*'],
    });
    await syncSiteScripts();
    expect(chromium.scripts.get('site:jira:https://jira.example.com/*')?.js).toEqual([
      'content-scripts/jira.js',
    ]);
  });

  it('registers one script for two ports of the same host, since patterns match every port', async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*');
    await saveSites([JIRA, { system: 'jira', origin: 'https://jira.example.com:8443' }]);
    await syncSiteScripts();
    expect(chromium.scripts.size).toBe(1);
  });
});
