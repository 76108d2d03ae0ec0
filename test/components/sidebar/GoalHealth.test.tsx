// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidebarBody } from '../../../components/sidebar/SidebarApp';
import { link } from '../../lib/db/queries/collaboration-fixture';
import { PAY_42, PAY_42_FRAME, syncedStateOf } from './sidebar-state-fixture';

describe('sidebar: goal health', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('puts an off-track goal in a banner at the top of the sidebar', async () => {
    const state = await syncedStateOf([link(PAY_42, { intentId: 'retry' })]);
    const { container } = render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    const banner = screen.getByRole('region', { name: 'Goal off track' });
    expect(container.firstElementChild).toBe(banner);
    expect(within(banner).getByText(/expected to miss its target for 2026-Q4/)).toBeTruthy();
    // The goal's title is said once, in the chain, so a reader (or a test) finds it once.
    expect(screen.getAllByText('Payment success 98.5%')).toHaveLength(1);
  });

  it('puts an at-risk goal in a banner too', async () => {
    const state = await syncedStateOf([link(PAY_42, { intentId: 'guided' })]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    expect(screen.getByRole('region', { name: 'Goal at risk' })).toBeTruthy();
  });

  it('shows no banner when the goal is on track, but still says what its status means', async () => {
    const state = await syncedStateOf([link(PAY_42, { intentId: 'upgrade' })]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    expect(screen.queryByRole('region', { name: /^Goal / })).toBeNull();
    expect(screen.getByText('On track')).toBeTruthy();
    expect(screen.getByText('Expected to reach its target.')).toBeTruthy();
  });

  it("explains the status in the goal's timeframe and dates it by the goal's last change", async () => {
    const state = await syncedStateOf([link(PAY_42, { intentId: 'retry' })]);
    render(<SidebarBody ticket={PAY_42_FRAME} state={state} />);
    const chain = screen.getByRole('list', { name: 'Why this ticket matters' });
    expect(within(chain).getByText('Off track').parentElement?.textContent).toBe(
      'Off track Expected to miss its target for 2026-Q4.',
    );
    expect(within(chain).getByText('Status as of Nov 1, 2026')).toBeTruthy();
  });
});
