// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidebarBody } from '../../../components/sidebar/SidebarApp';
import { Siblings } from '../../../components/sidebar/Siblings';
import { TRACKERS_ENABLED_KEY } from '../../../lib/settings/trackers-enabled';
import { T0 } from '../../lib/db/make-db';
import { link } from '../../lib/db/queries/collaboration-fixture';
import { PAY_42, PAY_42_FRAME, syncedStateOf } from './sidebar-state-fixture';

const alsoOnIntent = () => screen.getByRole('region', { name: /^Also on this intent/ });

describe('sidebar: also on this intent', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('lists the other tickets of the intent by key, grouped by tracker, each a link', async () => {
    const state = await syncedStateOf([
      link(PAY_42, { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }, { title: 'Alert on queue' }),
      link('linear:acme/ENG-7', { intentId: 'retry' }, { linkedBy: 'Ana' }),
      link('github:github.com/acme/app#42', { intentId: 'retry' }, { linkedBy: 'import' }),
      link('linear:acme/ENG-9', { intentId: 'sepa' }),
    ]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    const section = alsoOnIntent();
    expect(
      within(section)
        .getAllByRole('group')
        .map((group) => group.getAttribute('aria-label')),
    ).toEqual(['Jira: 1', 'Linear: 1', 'GitHub: 1']);
    const ops = within(section).getByRole('link', { name: /OPS-80/ });
    expect(ops.getAttribute('href')).toBe('https://acme.atlassian.net/browse/OPS-80');
    expect(ops.getAttribute('target')).toBe('_blank');
    expect(within(ops).getByText('Alert on queue')).toBeTruthy();
    expect(within(section).getByText('tagged by Ana')).toBeTruthy();
    expect(within(section).getByText('from the context file')).toBeTruthy();
    expect(within(section).getByText('acme/app#42')).toBeTruthy();
    expect(within(section).queryByText('ENG-9')).toBeNull();
    expect(within(section).queryByText('PAY-42')).toBeNull();
  });

  it('shows the key alone for a ticket whose title is missing', async () => {
    const state = await syncedStateOf([
      link(PAY_42, { intentId: 'retry' }),
      link('linear:acme/ENG-7', { intentId: 'retry' }),
    ]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    expect(within(alsoOnIntent()).getByRole('link').textContent).toBe('ENG-7');
  });

  it('says so when no other ticket is on the intent', async () => {
    const state = await syncedStateOf([link(PAY_42, { intentId: 'retry' })]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    expect(within(alsoOnIntent()).getByText(/No other ticket is tagged/)).toBeTruthy();
  });

  it('leaves the section out for a ticket tagged only to a bucket', async () => {
    const state = await syncedStateOf([
      link(PAY_42, { bucketId: 'new' }),
      link('jira:acme.atlassian.net/OPS-80', { bucketId: 'new' }),
    ]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    expect(screen.queryByRole('region', { name: /^Also on this intent/ })).toBeNull();
  });

  it('shows three per tracker, and Show all expands the list in place', async () => {
    const state = await syncedStateOf([
      link(PAY_42, { intentId: 'retry' }),
      ...[1, 2, 3, 4, 5].map((n) => link(`linear:acme/ENG-${n}`, { intentId: 'retry' })),
    ]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    const section = alsoOnIntent();
    expect(within(section).getAllByRole('link')).toHaveLength(3);
    expect(within(section).getByText('and 2 more on Linear')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Show all' }));
    expect(within(section).getAllByRole('link')).toHaveLength(5);
    expect(within(section).getByRole('button', { name: 'Show fewer' })).toBeTruthy();
  });

  it('counts an intent with 5,000 tickets but renders a capped list', async () => {
    const state = await syncedStateOf([link(PAY_42, { intentId: 'retry' })], PAY_42, (db) =>
      db.links
        .bulkPut(
          Array.from({ length: 5000 }, (_, n) => {
            const id = `jira:acme.atlassian.net/OPS-${n + 1}`;
            return { id, ticketId: id, intentId: 'retry', linkedAt: T0, version: 1, updatedAt: T0 };
          }),
        )
        .then(() => undefined),
    );
    expect(state.siblings?.groups[0]?.tickets.length).toBe(25);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    const section = alsoOnIntent();
    expect(within(section).getByRole('group', { name: 'Jira: 5,000' })).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Show all' }));
    expect(within(section).getAllByRole('link')).toHaveLength(25);
    expect(within(section).getByText('and 4,975 more on Jira')).toBeTruthy();
  });

  it('still lists tickets on a tracker switched off in the settings, marked', async () => {
    await fakeBrowser.storage.local.set({ [TRACKERS_ENABLED_KEY]: { off: ['linear'] } });
    const state = await syncedStateOf([
      link(PAY_42, { intentId: 'retry' }),
      link('linear:acme/ENG-7', { intentId: 'retry' }),
      link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }),
    ]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    const linear = within(alsoOnIntent()).getByRole('group', { name: 'Linear: 1' });
    expect(await within(linear).findByText('switched off')).toBeTruthy();
    expect(within(linear).getByText('ENG-7')).toBeTruthy();
    const jira = within(alsoOnIntent()).getByRole('group', { name: 'Jira: 1' });
    expect(within(jira).queryByText('switched off')).toBeNull();
  });

  it('never makes a link of a URL that is not http(s)', () => {
    const ticket = {
      id: 'linear:acme/ENG-7',
      key: 'ENG-7',
      linkedAt: T0,
      url: 'javascript:alert(1)',
      pending: false,
    };
    render(
      <Siblings
        siblings={{
          intentId: 'retry',
          total: 1,
          groups: [{ system: 'linear', count: 1, tickets: [ticket] }],
        }}
      />,
    );
    expect(screen.getByText('ENG-7')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
