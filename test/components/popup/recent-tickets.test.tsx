// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupBody } from '../../../components/popup/PopupApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { recordRecentTicket } from '../../../lib/recent/record';
import { freshPopupWorld, seedDemo } from './popup-fixture';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** Opened lately, newest last: tagged, via PAY-42, by rule (Linear OPS), and two with no why. */
async function openedLately(db: ThroughlineDb) {
  const seen: [string, string][] = [
    ['jira:acme.atlassian.net/PAY-42', 'Retry soft declines on the dunning schedule'],
    ['github:github.com/acme/web#310', 'PAY-42: show the retry date'],
    ['linear:acme/OPS-3', 'Renew certificates'],
    ['jira:acme.atlassian.net/WEB-7', 'New pricing page'],
    ['linear:acme/ENG-99', 'Speed up onboarding emails'],
  ];
  for (const [i, [id, title]] of seen.entries())
    await recordRecentTicket(db, { id, title }, minutesAgo(50 - i));
}

describe('popup: your recent tickets', () => {
  let db: ThroughlineDb;
  beforeEach(async () => {
    ({ db } = await freshPopupWorld());
  });
  afterEach(cleanup);

  it('says where the list comes from before any ticket was opened', async () => {
    await seedDemo(db);
    render(<PopupBody active={{ state: 'none' }} />);
    const recent = screen.getByRole('region', { name: 'Your recent tickets' });
    expect(await within(recent).findByText(/The list stays in this browser/)).toBeTruthy();
  });

  it('counts how many have a why, by where it comes from, and lists those without', async () => {
    await seedDemo(db);
    await openedLately(db);
    render(<PopupBody active={{ state: 'none' }} />);
    const recent = screen.getByRole('region', { name: 'Your recent tickets' });
    expect(
      await within(recent).findByText('3 of 5 tickets you opened lately have a why.'),
    ).toBeTruthy();
    const counts = within(recent).getByRole('list', { name: 'Where their why comes from' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Tagged 1', 'Via another ticket 1', 'By rule 1', 'No why yet 2']);
    const without = within(recent).getByRole('list', { name: 'Recent tickets without a why' });
    expect(
      within(without)
        .getAllByRole('button', { name: /^Tag / })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Tag ENG-99', 'Tag WEB-7']);
  });

  it('tags a ticket in place with the shared picker; it then counts as tagged', async () => {
    await seedDemo(db);
    await openedLately(db);
    render(<PopupBody active={{ state: 'none' }} />);
    const recent = screen.getByRole('region', { name: 'Your recent tickets' });
    fireEvent.click(await within(recent).findByRole('button', { name: 'Tag WEB-7' }));
    const picker = within(recent).getByRole('combobox', {
      name: 'Tag WEB-7 to an intent or a bucket',
    });
    fireEvent.change(picker, { target: { value: 'sepa debit' } });
    await within(recent).findByRole('option', { name: /^SEPA Direct Debit for EU customers/ });
    fireEvent.keyDown(picker, { key: 'Enter' });

    expect(await within(recent).findByText('Tagged WEB-7.')).toBeTruthy();
    expect(
      await within(recent).findByText('4 of 5 tickets you opened lately have a why.'),
    ).toBeTruthy();
    expect(within(recent).queryByRole('button', { name: 'Tag WEB-7' })).toBeNull();
    expect(await db.links.get('jira:acme.atlassian.net/WEB-7')).toMatchObject({
      intentId: 'sepa-direct-debit',
      title: 'New pricing page',
      url: 'https://acme.atlassian.net/browse/WEB-7',
      pending: 'set',
    });
  });

  it('says no intent fits for a recent ticket, with a note', async () => {
    await seedDemo(db);
    await openedLately(db);
    render(<PopupBody active={{ state: 'none' }} />);
    const recent = screen.getByRole('region', { name: 'Your recent tickets' });
    fireEvent.click(await within(recent).findByRole('button', { name: 'Tag ENG-99' }));
    fireEvent.click(await within(recent).findByRole('option', { name: /^No intent fits…/ }));
    fireEvent.change(within(recent).getByLabelText('Why does no intent fit? (optional)'), {
      target: { value: 'Email vendor work' },
    });
    fireEvent.click(within(recent).getByRole('button', { name: 'Save: no intent fits' }));
    expect(await within(recent).findByText(/\(1 no intent fits\)/)).toBeTruthy();
    expect(await db.links.get('linear:acme/ENG-99')).toMatchObject({
      noFit: true,
      note: 'Email vendor work',
    });
  });

  it('shows more tickets without a why on request', async () => {
    await seedDemo(db);
    for (let i = 1; i <= 7; i++)
      await recordRecentTicket(db, { id: `jira:acme.atlassian.net/WEB-${i}` }, minutesAgo(i));
    render(<PopupBody active={{ state: 'none' }} />);
    const recent = screen.getByRole('region', { name: 'Your recent tickets' });
    fireEvent.click(await within(recent).findByRole('button', { name: 'Show 2 more' }));
    expect(await within(recent).findByRole('button', { name: 'Tag WEB-7' })).toBeTruthy();
    expect(within(recent).getAllByRole('button', { name: /^Tag WEB-/ })).toHaveLength(7);
  });
});

describe('popup: recent no-fit tickets', () => {
  let db: ThroughlineDb;
  beforeEach(async () => {
    ({ db } = await freshPopupWorld());
  });
  afterEach(cleanup);

  it('lists tickets no intent fits with their notes, newest first, and shows more', async () => {
    await seedDemo(db);
    for (let i = 1; i <= 4; i++)
      await db.links.put({
        id: `linear:acme/ENG-${100 + i}`,
        ticketId: `linear:acme/ENG-${100 + i}`,
        noFit: true,
        note: `Note ${i}`,
        linkedBy: 'Dana',
        linkedAt: new Date(Date.now() - (10 - i) * 60_000).toISOString(),
        version: 1,
        updatedAt: new Date().toISOString(),
      });
    render(<PopupBody active={{ state: 'none' }} />);
    const section = await screen.findByRole('region', { name: 'No intent fits' });
    const items = () =>
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(items()).toEqual([
      expect.stringMatching(/^ENG-104.*Note 4By Dana, /),
      expect.stringMatching(/^ENG-103.*Note 3/),
      expect.stringMatching(/^ENG-102.*Note 2/),
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Show 2 more' }));
    await expect.poll(() => items().length).toBe(5);
    // The demo's own no-fit ticket, from the context file, is the oldest.
    expect(items()[4]).toMatch(
      /^ENG-9Migrate the status page.*Vendor contract ends in January.*In the context file/,
    );
  });

  it('is not shown when no ticket says no intent fits', async () => {
    render(<PopupBody active={{ state: 'none' }} />);
    await screen.findByRole('region', { name: 'Your recent tickets' });
    expect(screen.queryByRole('region', { name: 'No intent fits' })).toBeNull();
  });
});
