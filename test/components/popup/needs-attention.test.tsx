// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupBody } from '../../../components/popup/PopupApp';
import { applyPage } from '../../../lib/db/apply-changes';
import type { ThroughlineDb } from '../../../lib/db/database';
import { put } from '../../lib/db/make-db';
import { freshPopupWorld, seedDemo } from './popup-fixture';

const attention = () => screen.getByRole('region', { name: 'Needs attention' });
const goalButtons = () =>
  within(attention())
    .getAllByRole('button', { name: /^(Off track|At risk)/ })
    .map((button) => button.textContent);

let currentDb: ThroughlineDb;

/** Gives a demo goal a new status, as a sync from the context API would. */
function markGoal(id: string, status: string, title: string, version: number) {
  return applyPage(
    currentDb,
    [put('goal', id, version, { missionId: 'platform', title, status })],
    `c${version}`,
  );
}

describe('popup: needs attention', () => {
  beforeEach(async () => {
    ({ db: currentDb } = await freshPopupWorld());
    await seedDemo(currentDb);
  });
  afterEach(cleanup);

  it('lists goals off track first, each with its mission, metric and tickets per tracker', async () => {
    render(<PopupBody active={{ state: 'none' }} />);
    await within(attention()).findByRole('button', { name: /Lift payment success/ });
    expect(goalButtons()).toEqual([
      'Off trackLift payment success rate to 98.5%',
      'At riskHalve customer-facing incidents',
      'At riskRaise week-1 activation to 45%',
    ]);
    const payments = within(attention()).getAllByRole('listitem')[0]!;
    expect(within(payments).getByText('Get paid reliably in every market we sell in')).toBeTruthy();
    expect(within(payments).getByText('Payment success rate: 96.2%, target 98.5%')).toBeTruthy();
    expect(within(payments).getByLabelText('Jira: 3')).toBeTruthy();
    const activation = within(attention()).getAllByRole('listitem')[2]!;
    expect(within(activation).getByLabelText('Linear: 2, GitHub: 2')).toBeTruthy();
  });

  it("opens a goal's page, which lists its tickets grouped by tracker", async () => {
    render(<PopupBody active={{ state: 'none' }} />);
    fireEvent.click(
      await within(attention()).findByRole('button', { name: /Raise week-1 activation/ }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Raise week-1 activation to 45%' }),
    ).toBeTruthy();
    const tickets = await screen.findByRole('region', { name: /^Linked tickets/ });
    const github = within(tickets).getByRole('group', { name: 'GitHub: 2' });
    expect(within(github).getByText('octolinker/testrepo#1')).toBeTruthy();
    expect(within(github).getByText('octolinker/testrepo#2')).toBeTruthy();
    const linear = within(tickets).getByRole('group', { name: 'Linear: 2' });
    expect(within(linear).getByText('GRO-3')).toBeTruthy();
  });

  it('shows the first three goals, and more on request', async () => {
    await markGoal('deploy-frequency', 'at_risk', 'Deploy to production ten times a day', 900);
    render(<PopupBody active={{ state: 'none' }} />);
    const more = await within(attention()).findByRole('button', { name: 'Show 1 more' });
    expect(goalButtons()).toHaveLength(3);
    fireEvent.click(more);
    await within(attention()).findByRole('button', { name: /Deploy to production/ });
    expect(goalButtons()).toHaveLength(4);
  });

  it('adds a goal that a sync marks off track, while the popup is open', async () => {
    render(<PopupBody active={{ state: 'none' }} />);
    await within(attention()).findByRole('button', { name: /Lift payment success/ });
    await markGoal('deploy-frequency', 'off_track', 'Deploy to production ten times a day', 901);
    expect(
      await within(attention()).findByRole('button', {
        name: 'Off trackDeploy to production ten times a day',
      }),
    ).toBeTruthy();
  });

  it('says so when no goal needs attention', async () => {
    await applyPage(
      currentDb,
      ['payment-success', 'activation', 'incident-rate'].map((id, n) =>
        put('goal', id, 950 + n, { missionId: 'payments', title: id, status: 'on_track' }),
      ),
      'c950',
    );
    render(<PopupBody active={{ state: 'none' }} />);
    expect(await within(attention()).findByText('No goal is at risk or off track.')).toBeTruthy();
  });
});
