import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedSetting } from '../../../lib/settings/stored-setting';
import { sidebarOpen, toggleSidebarOpen } from '../../../lib/sidebar/open-state';

const limit = storedSetting<number>({
  key: 'throughline.test.v1',
  read: (stored) => (typeof stored === 'number' ? stored : 7),
});

describe('a stored setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads its default until saved, then what was saved', async () => {
    expect(await limit.load()).toBe(7);
    await limit.save(3);
    expect(await limit.load()).toBe(3);
  });

  it('reads a malformed stored value as its default', async () => {
    await fakeBrowser.storage.local.set({ [limit.key]: 'three' });
    expect(await limit.load()).toBe(7);
  });

  it('tells a watcher of each saved value until its signal aborts', async () => {
    const heard: number[] = [];
    const stop = new AbortController();
    limit.watch((value) => heard.push(value), stop.signal);
    await limit.save(1);
    await fakeBrowser.storage.local.set({ other: 1 });
    stop.abort();
    await limit.save(2);
    expect(heard).toEqual([1]);
  });
});

describe('whether the sidebar is kept open', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is closed on a fresh profile: every ticket page shows the summary only', async () => {
    expect(await sidebarOpen.load()).toBe(false);
  });

  it('flips in storage on the keyboard command, and every ticket page hears it', async () => {
    const heard: boolean[] = [];
    sidebarOpen.watch((open) => heard.push(open), new AbortController().signal);
    await toggleSidebarOpen();
    expect(await sidebarOpen.load()).toBe(true);
    await toggleSidebarOpen();
    expect(heard).toEqual([true, false]);
    expect((await fakeBrowser.storage.local.get(sidebarOpen.key))[sidebarOpen.key]).toEqual({
      open: false,
    });
  });
});
