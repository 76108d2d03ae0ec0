// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { recordRecentTicket } from '../../../lib/recent/record';
import { everything, freshOptionsWorld, seedConnected } from './options-fixture';

describe('options page: your recent tickets', () => {
  let db: ThroughlineDb;
  beforeEach(async () => {
    ({ db } = await freshOptionsWorld());
    await seedConnected(db);
    await recordRecentTicket(db, { id: 'linear:acme/ENG-7', title: 'Shard the tests' });
    await recordRecentTicket(db, { id: 'jira:acme.atlassian.net/PAY-42' });
  });
  afterEach(cleanup);

  it('says what is kept and that it never leaves the browser', async () => {
    render(<OptionsApp />);
    const section = await screen.findByRole('region', { name: 'Your recent tickets' });
    expect(within(section).getByText(/never sent anywhere/)).toBeTruthy();
    expect(await within(section).findByText('2 tickets remembered.')).toBeTruthy();
  });

  it('clears the history after saying what goes, and nothing else', async () => {
    const links = await db.links.count();
    render(<OptionsApp />);
    const section = await screen.findByRole('region', { name: 'Your recent tickets' });
    await within(section).findByText('2 tickets remembered.');
    fireEvent.click(within(section).getByRole('button', { name: 'Clear recent tickets…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Clear your recent tickets?' });
    expect(within(dialog).getByText(/forgets the 2 tickets you opened lately/)).toBeTruthy();
    expect(
      within(dialog).getByText(/Tags, the context and your settings are not touched/),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clear recent tickets' }));
    expect(await within(section).findByText('History cleared: 2 tickets forgotten.')).toBeTruthy();
    expect(await db.recentTickets.count()).toBe(0);
    expect(await db.links.count()).toBe(links);
    expect(await within(section).findByText('No ticket remembered.')).toBeTruthy();
  });

  it('changes nothing when clearing is cancelled', async () => {
    const before = await everything(db);
    render(<OptionsApp />);
    const section = await screen.findByRole('region', { name: 'Your recent tickets' });
    await within(section).findByText('2 tickets remembered.');
    fireEvent.click(within(section).getByRole('button', { name: 'Clear recent tickets…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await everything(db)).toEqual(before);
  });
});
