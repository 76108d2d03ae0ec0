import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSites } from '../../../lib/hosts/stored-sites';
import { MARKS_ENABLED_KEY } from '../../../lib/settings/is-marks-enabled';
import { TRACKERS_ENABLED_KEY } from '../../../lib/settings/is-tracker-enabled';
import { loadStartSettings, startSettingsFrom } from '../../../lib/mount/start-settings';
import { sidebarOpen } from '../../../lib/sidebar/open-state';

describe("a content script's start settings", () => {
  beforeEach(() => fakeBrowser.reset());

  it('are on, closed and without self-hosted sites on a fresh profile', async () => {
    expect(await loadStartSettings('jira')).toEqual({
      hosts: {},
      open: false,
      enabled: true,
      marksEnabled: true,
    });
  });

  it('are what the options page and the sidebar saved, read in one storage call', async () => {
    await saveSites([{ system: 'jira', origin: 'https://jira.acme.corp' }]);
    await sidebarOpen.save(true);
    await fakeBrowser.storage.local.set({
      [TRACKERS_ENABLED_KEY]: { off: ['linear'] },
      [MARKS_ENABLED_KEY]: { off: ['jira'] },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');

    expect(await loadStartSettings('jira')).toEqual({
      hosts: { jiraHosts: ['jira.acme.corp'] },
      open: true,
      enabled: true,
      marksEnabled: false,
    });
    expect((await loadStartSettings('linear')).enabled).toBe(false);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('fall back to their defaults when storage fails or holds something damaged', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('gone'));
    expect(await loadStartSettings('github')).toEqual({
      hosts: {},
      open: false,
      enabled: true,
      marksEnabled: true,
    });
    expect(
      startSettingsFrom(
        {
          'throughline.selfHostedSites.v1': 'nonsense',
          'throughline.sidebar.v2': { open: 'yes' },
          [TRACKERS_ENABLED_KEY]: { off: 'github' },
          [MARKS_ENABLED_KEY]: null,
        },
        'github',
      ),
    ).toEqual({ hosts: {}, open: false, enabled: true, marksEnabled: true });
  });
});
