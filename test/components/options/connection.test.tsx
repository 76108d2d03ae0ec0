// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { readMeta } from '../../../lib/db/meta';
import { setTag } from '../../../lib/sync/tag';
import { CONNECTION, everything, freshOptionsWorld, seedConnected } from './options-fixture';
import { recordRecentTicket } from '../../../lib/recent/record';

describe('options page: connection', () => {
  let db: ThroughlineDb;
  beforeEach(async () => {
    ({ db } = await freshOptionsWorld());
  });
  afterEach(cleanup);

  it('asks a fresh profile for the API URL and token, and offers to work from a file instead', async () => {
    render(<OptionsApp />);
    expect(await screen.findByLabelText('API URL')).toBeTruthy();
    expect(screen.getByLabelText('API token')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Use without a server' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sync' })).toBeNull();
  });

  it.each([
    ['context.acme.com', 'tok', /full address/],
    ['https://context.acme.com', 'tl_abc tl_def', /no spaces/],
  ])(
    'explains bad input (%s / %s) at its field and keeps the stored connection',
    async (url, token, message) => {
      await seedConnected(db);
      const before = await everything(db);
      render(<OptionsApp />);
      fireEvent.change(await screen.findByLabelText('API URL'), { target: { value: url } });
      fireEvent.change(screen.getByLabelText('API token'), { target: { value: token } });
      fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(message);
      expect(await everything(db)).toEqual(before);
      expect(await readMeta(db, 'connection')).toEqual(CONNECTION);
    },
  );

  it('shows the workspace and user once connected, and never the token', async () => {
    await seedConnected(db);
    const { container } = render(<OptionsApp />);
    const statuses = await screen.findAllByRole('status');
    expect(statuses.map((status) => status.textContent)).toContain('Connected to Acme as Ana');
    expect(container.textContent).not.toContain(CONNECTION.token);
    expect(screen.getByRole('heading', { name: 'Sync' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Use without a server' })).toBeNull();
  });

  it('asks before signing out and warns how many pending tags would be lost', async () => {
    await seedConnected(db);
    await setTag(db, { ticketId: 'linear:acme/ENG-90', bucketId: 'ktlo' }, 'Ana');
    await setTag(db, { ticketId: 'linear:acme/ENG-91', bucketId: 'ktlo' }, 'Ana');
    await recordRecentTicket(db, { id: 'linear:acme/ENG-90', title: 'Opened lately' });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Sign out of Acme?' });
    expect(within(dialog).getByText(/2 tags not sent yet/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out and drop 2 tags' }));
    await expect.poll(() => readMeta(db, 'connection')).toBeUndefined();
    expect(await db.links.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    await expect.poll(() => db.recentTickets.count()).toBe(0);
    expect(await screen.findByRole('heading', { name: 'Use without a server' })).toBeTruthy();
  });

  it('changes nothing when signing out is cancelled', async () => {
    await seedConnected(db);
    const before = await everything(db);
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await everything(db)).toEqual(before);
  });

  it('shows values from browser policy locked, with why, and offers no sign out', async () => {
    await fakeBrowser.storage.managed.set({
      apiUrl: 'https://context.acme.com',
      apiToken: 'secret-token',
    });
    await seedConnected(db);
    render(<OptionsApp />);
    const url = (await screen.findByLabelText('API URL')) as HTMLInputElement;
    expect(url.readOnly).toBe(true);
    expect(url.value).toBe('https://context.acme.com');
    expect((screen.getByLabelText('API token') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getAllByText("Set by your organisation's browser policy.")).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Sign out…' })).toBeNull();
  });

  it('lets people type a token when the policy sets only the URL', async () => {
    await fakeBrowser.storage.managed.set({ apiUrl: 'https://context.acme.com' });
    render(<OptionsApp />);
    expect(((await screen.findByLabelText('API URL')) as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('API token') as HTMLInputElement).readOnly).toBe(false);
  });
});
