import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedSetting } from '../../../lib/settings/stored-setting';
import { sidebarCollapsed, toggleCollapsed } from '../../../lib/sidebar/collapsed-state';

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

describe('the sidebar’s collapsed state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('flips in storage on the keyboard command, and open sidebars hear it', async () => {
    const heard: boolean[] = [];
    sidebarCollapsed.watch((collapsed) => heard.push(collapsed), new AbortController().signal);
    await toggleCollapsed();
    expect(await sidebarCollapsed.load()).toBe(true);
    await toggleCollapsed();
    expect(heard).toEqual([true, false]);
    expect(
      (await fakeBrowser.storage.local.get(sidebarCollapsed.key))[sidebarCollapsed.key],
    ).toEqual({ collapsed: false });
  });
});
