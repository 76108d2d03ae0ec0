// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { loadStartSettings } from '../../../lib/mount/start-settings';
import { freshOptionsWorld, seedConnected } from './options-fixture';

/** What a content script reads at start, as it reads it. */
const isMarksEnabled = async (system: string) => (await loadStartSettings(system)).marksEnabled;
const isTrackerEnabled = async (system: string) => (await loadStartSettings(system)).enabled;

describe('options page: marks on boards and lists', () => {
  beforeEach(async () => {
    const { db } = await freshOptionsWorld();
    await seedConnected(db);
  });
  afterEach(cleanup);

  it('has marks on for every tracker by default, and turns one off apart from its sidebar', async () => {
    expect(await isMarksEnabled('jira')).toBe(true);
    render(<OptionsApp />);
    const jira = await screen.findByRole('checkbox', { name: 'Jira marks' });
    expect((jira as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('checkbox', { name: 'GitHub marks' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(jira);
    await expect.poll(() => isMarksEnabled('jira')).toBe(false);
    expect(await isMarksEnabled('github')).toBe(true);
    expect(await isTrackerEnabled('jira')).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Jira' }) as HTMLInputElement).checked).toBe(true);
  });
});
