// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp, PopupBody } from '../../../components/popup/PopupApp';
import type { ActiveTicket } from '../../../components/popup/useActiveTicket';
import type { ThroughlineDb } from '../../../lib/db/database';
import { detectTicket } from '../../../lib/detect';
import { freshPopupWorld, seedDemo } from './popup-fixture';

function tabShowing(url: string): ActiveTicket {
  const ticket = detectTicket(url);
  if (!ticket) throw new Error(`${url} shows no ticket`);
  return { state: 'ticket', ticket, url };
}

describe('popup home: this tab, investment mix, needs attention', () => {
  let db: ThroughlineDb;
  let syncRequests: number[];
  beforeEach(async () => {
    ({ db, syncRequests } = await freshPopupWorld());
  });
  afterEach(cleanup);

  it('says the tab shows no ticket when the current tab is not a tracker page', async () => {
    await seedDemo(db);
    render(<PopupApp />);
    expect(
      await screen.findByText('This tab shows no Jira, Linear, GitHub, or GitLab ticket.'),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Investment mix' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Needs attention' })).toBeTruthy();
  });

  it('shows the tab’s ticket with its intent, goal, mission and bucket', async () => {
    await seedDemo(db);
    render(<PopupBody active={tabShowing('https://acme.atlassian.net/browse/PAY-42')} />);
    const here = screen.getByRole('region', { name: 'This tab' });
    expect(within(here).getByText('PAY-42')).toBeTruthy();
    expect(
      await within(here).findByText('Retry soft declines on the dunning schedule'),
    ).toBeTruthy();
    expect(
      within(here).getByRole('button', { name: 'Smart retries for failed card payments' }),
    ).toBeTruthy();
    expect(
      within(here).getByRole('button', { name: 'Lift payment success rate to 98.5%' }),
    ).toBeTruthy();
    expect(
      within(here).getByRole('button', { name: 'Get paid reliably in every market we sell in' }),
    ).toBeTruthy();
    expect(within(here).getByText('New capabilities')).toBeTruthy();
    expect(within(here).getByRole('button', { name: 'Change tag' })).toBeTruthy();
  });

  it('shows the project’s investment mix against the targets, as a table', async () => {
    await seedDemo(db);
    render(<PopupBody active={tabShowing('https://acme.atlassian.net/browse/PAY-42')} />);
    const table = await screen.findByRole('table', { name: 'Jira project PAY: 3 tagged tickets' });
    const row = within(table).getByRole('row', { name: /New capabilities/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['100% (3 tickets)', '50%']);
    const ktlo = within(table).getByRole('row', { name: /Keep the lights on/ });
    expect(within(ktlo).getAllByRole('cell')[1]?.textContent).toBe('20%');
  });

  it('says so when no ticket of the project is tagged yet', async () => {
    await seedDemo(db);
    render(<PopupBody active={tabShowing('https://acme.atlassian.net/browse/NEW-1')} />);
    expect(await screen.findByText('No ticket in Jira project NEW is tagged yet.')).toBeTruthy();
  });

  it('tags an untagged ticket to an intent found in the picker, by keyboard', async () => {
    await seedDemo(db);
    render(<PopupBody active={tabShowing('https://acme.atlassian.net/browse/PAY-99')} />);
    expect(await screen.findByText('Not tagged to an intent or a bucket yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tag' }));

    const picker = screen.getByRole('combobox', { name: 'Tag PAY-99 to an intent or a bucket' });
    expect(document.activeElement).toBe(picker);
    fireEvent.change(picker, { target: { value: 'sepa debit' } });
    await screen.findByRole('option', { name: /^SEPA Direct Debit for EU customers/ });
    fireEvent.keyDown(picker, { key: 'Enter' });

    const here = await screen.findByRole('region', { name: 'This tab' });
    expect(await within(here).findByText(/reaches the context API on the next sync/)).toBeTruthy();
    expect(
      within(here).getByRole('button', { name: 'SEPA Direct Debit for EU customers' }),
    ).toBeTruthy();
    const link = await db.links.get('jira:acme.atlassian.net/PAY-99');
    expect(link).toMatchObject({
      intentId: 'sepa-direct-debit',
      pending: 'set',
      url: 'https://acme.atlassian.net/browse/PAY-99',
    });
    expect(syncRequests.length).toBe(1);
  });

  it('tags a query pasted in one go and Enter pressed before its results arrive', async () => {
    await seedDemo(db);
    render(<PopupBody active={tabShowing('https://acme.atlassian.net/browse/PAY-99')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Tag' }));
    const picker = screen.getByRole('combobox', { name: 'Tag PAY-99 to an intent or a bucket' });
    await screen.findByRole('option', { name: /^Keep the lights on/ });
    fireEvent.change(picker, { target: { value: 'sepa debit' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    const here = await screen.findByRole('region', { name: 'This tab' });
    expect(
      await within(here).findByRole('button', { name: 'SEPA Direct Debit for EU customers' }),
    ).toBeTruthy();
    expect(await db.links.get('jira:acme.atlassian.net/PAY-99')).toMatchObject({
      intentId: 'sepa-direct-debit',
    });
  });

  it('says why a tag could not be saved and stays in the picker', async () => {
    render(<PopupBody active={tabShowing('https://linear.app/acme/issue/ENG-99')} />);
    await seedDemo(db);
    await db.meta.delete('connection');
    fireEvent.click(await screen.findByRole('button', { name: 'Tag' }));
    const picker = screen.getByRole('combobox');
    fireEvent.change(picker, { target: { value: 'tech debt' } });
    await screen.findByRole('option', { name: /^Tech debt/ });
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Connect Throughline/);
    expect(screen.getByRole('combobox')).toBe(picker);
  });

  it('lists goals at risk or off track, each opening its page', async () => {
    await seedDemo(db);
    render(<PopupBody active={{ state: 'none' }} />);
    const attention = screen.getByRole('region', { name: 'Needs attention' });
    const goal = await within(attention).findByRole('button', {
      name: /Halve customer-facing incidents/,
    });
    expect(
      within(attention)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(
      expect.arrayContaining([
        'At riskRaise week-1 activation to 45%',
        'Off trackLift payment success rate to 98.5%',
      ]),
    );
    fireEvent.click(goal);
    expect(
      await screen.findByRole('heading', { name: 'Halve customer-facing incidents' }),
    ).toBeTruthy();
    expect(
      await screen.findByText(/Customer-facing incidents: 9 per quarter, target 4 per quarter/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(await screen.findByRole('region', { name: 'Needs attention' })).toBeTruthy();
  });
});
