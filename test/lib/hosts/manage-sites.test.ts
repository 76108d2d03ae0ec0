import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSite, removeSite } from '../../../lib/hosts/manage-sites';
import { loadHostOptions, loadSites } from '../../../lib/hosts/stored-sites';
import { fakeChromium } from './fake-chromium';

describe('adding and removing self-hosted sites', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('asks for the host permission, then stores the normalised site', async () => {
    const chromium = fakeChromium({ answerPrompt: true });
    const result = await addSite('jira', 'https://Jira.Example.com:8443/jira/browse/PAY-1');
    expect(result).toEqual({
      ok: true,
      site: { system: 'jira', origin: 'https://jira.example.com:8443' },
    });
    expect(chromium.prompts).toEqual([['https://jira.example.com/*']]);
    expect(await loadHostOptions()).toEqual({ jiraHosts: ['jira.example.com'] });
  });

  it('stores nothing when the permission is refused, and says why', async () => {
    fakeChromium({ answerPrompt: false });
    const result = await addSite('github', 'ghe.example.com');
    expect(result).toEqual({
      ok: false,
      error: 'Throughline needs access to ghe.example.com to work there.',
    });
    expect(await loadSites()).toEqual([]);
  });

  it('does not prompt for an address that cannot be a site', async () => {
    const chromium = fakeChromium({ answerPrompt: true });
    expect((await addSite('jira', 'github.com')).ok).toBe(false);
    expect(chromium.prompts).toEqual([]);
  });

  it('adds a site once however often it is added, and never as two trackers', async () => {
    fakeChromium({ answerPrompt: true });
    await addSite('jira', 'jira.example.com');
    await addSite('jira', 'https://jira.example.com/');
    const other = await addSite('github', 'jira.example.com');
    expect(other.ok).toBe(false);
    expect(await loadSites()).toEqual([{ system: 'jira', origin: 'https://jira.example.com' }]);
  });

  it('gives the permission back on removal, unless another site on the host still needs it', async () => {
    const chromium = fakeChromium({ answerPrompt: true });
    await addSite('jira', 'jira.example.com');
    await addSite('jira', 'jira.example.com:8443');
    await removeSite({ system: 'jira', origin: 'https://jira.example.com:8443' });
    expect(chromium.granted.has('https://jira.example.com/*')).toBe(true);
    await removeSite({ system: 'jira', origin: 'https://jira.example.com' });
    expect(chromium.granted.has('https://jira.example.com/*')).toBe(false);
    expect(await loadSites()).toEqual([]);
  });
});
