// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SitesSection } from '../../../components/options/SitesSection';
import type { SelfHostedSite } from '../../../lib/hosts/sites';
import { loadSites, saveSites } from '../../../lib/hosts/stored-sites';
import { fakeChromium } from '../../lib/hosts/fake-chromium';
import { freshOptionsWorld } from './options-fixture';

const JIRA: SelfHostedSite = { system: 'jira', origin: 'https://jira.example.com' };
const NEEDS_ACCESS = 'Throughline needs access to this site';

describe('options page: a site whose access was revoked in the browser', () => {
  beforeEach(async () => {
    await freshOptionsWorld();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the site with what it needs, and one click asks the browser again', async () => {
    const chromium = fakeChromium({ answerPrompt: true });
    await saveSites([JIRA]);
    render(<SitesSection />);
    // The first render of a file loads the page's modules: give it longer on a busy machine.
    const state = await screen.findByRole('group', { name: NEEDS_ACCESS }, { timeout: 5_000 });
    expect(within(state).getByText(/jira\.example\.com was turned off/)).toBeTruthy();

    fireEvent.click(
      within(state).getByRole('button', { name: 'Allow access to jira.example.com' }),
    );
    expect(chromium.prompts).toEqual([['https://jira.example.com/*']]);
    await expect.poll(() => screen.queryByRole('group', { name: NEEDS_ACCESS })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove jira.example.com' })).toBeTruthy();
    expect(await loadSites()).toEqual([JIRA]);
  });

  it('notices a revoke made while the page is open, and keeps the site', async () => {
    const chromium = fakeChromium();
    chromium.granted.add('https://jira.example.com/*');
    await saveSites([JIRA]);
    render(<SitesSection />);
    await screen.findByRole('button', { name: 'Remove jira.example.com' });
    expect(screen.queryByRole('group', { name: NEEDS_ACCESS })).toBeNull();

    chromium.revokeInBrowserSettings('https://jira.example.com/*');
    expect(await screen.findByRole('group', { name: NEEDS_ACCESS })).toBeTruthy();
    expect(await loadSites()).toEqual([JIRA]);
  });

  it('says so when the browser prompt is declined', async () => {
    fakeChromium({ answerPrompt: false });
    await saveSites([JIRA]);
    render(<SitesSection />);
    const state = await screen.findByRole('group', { name: NEEDS_ACCESS });
    fireEvent.click(
      within(state).getByRole('button', { name: 'Allow access to jira.example.com' }),
    );
    expect(await within(state).findByText(/The browser did not give access/)).toBeTruthy();
  });
});
