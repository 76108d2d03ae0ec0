import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isFullyManaged,
  loadManagedPolicy,
  readManagedPolicy,
  watchManagedPolicy,
} from '../../../lib/settings/managed-policy';

describe('browser policy (storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the API URL and token an administrator set, normalised like typed ones', async () => {
    await fakeBrowser.storage.managed.set({
      apiUrl: 'https://context.acme.com/ ',
      apiToken: ' tok ',
    });
    const policy = await loadManagedPolicy();
    expect(policy).toEqual({ apiUrl: 'https://context.acme.com', apiToken: 'tok', problems: [] });
    expect(isFullyManaged(policy)).toBe(true);
  });

  it('is empty without a policy', async () => {
    const policy = await loadManagedPolicy();
    expect(policy).toEqual({ problems: [] });
    expect(isFullyManaged(policy)).toBe(false);
  });

  it('reports unusable values instead of using them', () => {
    expect(readManagedPolicy({ apiUrl: 'context.acme.com', apiToken: 'a b' })).toEqual({
      problems: [
        expect.stringMatching(/apiUrl is not usable/),
        expect.stringMatching(/apiToken contains spaces/),
      ],
    });
    expect(readManagedPolicy({ apiUrl: 42, apiToken: ['x'] })).toEqual({ problems: [] });
    expect(readManagedPolicy('garbage')).toEqual({ problems: [] });
  });

  it('locks only what the policy sets', () => {
    const urlOnly = readManagedPolicy({ apiUrl: 'https://context.acme.com' });
    expect(urlOnly.apiUrl).toBe('https://context.acme.com');
    expect(isFullyManaged(urlOnly)).toBe(false);
  });

  it('tells listeners when the policy changes while the browser runs', async () => {
    const seen: unknown[] = [];
    const stop = watchManagedPolicy((policy) => seen.push(policy.apiUrl));
    await fakeBrowser.storage.managed.set({ apiUrl: 'https://new.acme.com' });
    await expect.poll(() => seen).toEqual(['https://new.acme.com']);
    stop();
  });
});
