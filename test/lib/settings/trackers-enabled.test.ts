import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  TRACKERS_ENABLED_KEY,
  loadTrackerSwitches,
  readTrackerSwitches,
  trackerSwitches,
} from '../../../lib/settings/trackers-enabled';
import { loadStartSettings } from '../../../lib/mount/start-settings';

const isTrackerEnabled = async (system: string) => (await loadStartSettings(system)).enabled;

describe('tracker switches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has every tracker on by default', async () => {
    expect(await loadTrackerSwitches()).toEqual({
      jira: true,
      linear: true,
      github: true,
      gitlab: true,
    });
  });

  it('turns one tracker off and on again, storing only what is off', async () => {
    const switches = await trackerSwitches.load();
    await trackerSwitches.save({ ...switches, linear: false });
    expect(await isTrackerEnabled('linear')).toBe(false);
    expect(await isTrackerEnabled('github')).toBe(true);
    expect(
      (await fakeBrowser.storage.local.get(TRACKERS_ENABLED_KEY))[TRACKERS_ENABLED_KEY],
    ).toEqual({
      off: ['linear'],
    });
    await trackerSwitches.save({ ...switches, linear: true });
    expect(await isTrackerEnabled('linear')).toBe(true);
  });

  it('reads damaged storage as "on": a broken setting must not hide the sidebar', () => {
    expect(readTrackerSwitches({ off: 'jira' })).toEqual({
      jira: true,
      linear: true,
      github: true,
      gitlab: true,
    });
    expect(readTrackerSwitches(42)).toEqual({
      jira: true,
      linear: true,
      github: true,
      gitlab: true,
    });
  });
});
