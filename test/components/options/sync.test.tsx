// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { readMeta } from '../../../lib/db/meta';
import { syncInterval } from '../../../lib/settings/sync-interval';
import { TRACKERS_ENABLED_KEY } from '../../../lib/settings/trackers-enabled';
import { setTag } from '../../../lib/sync/tag';
import { CONNECTION, freshOptionsWorld, seedConnected } from './options-fixture';

describe('options page: sync and sites', () => {
  let db: ThroughlineDb;
  let syncRequests: number[];
  beforeEach(async () => {
    ({ db, syncRequests } = await freshOptionsWorld());
    await seedConnected(db);
  });
  afterEach(cleanup);

  it('says when it last synced and how many tags wait to be sent', async () => {
    await setTag(db, { ticketId: 'linear:acme/ENG-90', bucketId: 'ktlo' }, 'Ana');
    render(<OptionsApp />);
    expect(await screen.findByText('1 minute ago')).toBeTruthy();
    expect(screen.getByText('1 tag')).toBeTruthy();
  });

  it('lists changes set aside with their reasons, and Clear forgets them', async () => {
    await db.quarantine.bulkAdd([
      { raw: {}, reason: 'goal g9: status: Invalid option', receivedAt: new Date().toISOString() },
      {
        raw: {},
        reason: 'link x: ticketId: Invalid ticket id',
        receivedAt: new Date().toISOString(),
      },
    ]);
    render(<OptionsApp />);
    const list = await screen.findByRole('list', { name: 'Changes set aside' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('goal g9: status: Invalid option'),
      expect.stringContaining('link x: ticketId: Invalid ticket id'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(await screen.findByText('No changes from the server were set aside.')).toBeTruthy();
  });

  it('lists tags set aside after failing on the server, and retries or discards each', async () => {
    for (const n of [1, 2]) {
      await setTag(db, { ticketId: `linear:acme/ENG-${n}`, bucketId: 'ktlo' }, 'Ana');
      const [entry] = await db.outbox.where('ticketId').equals(`linear:acme/ENG-${n}`).toArray();
      await db.outbox.update(entry!.seq!, {
        serverFailures: 3,
        setAside: { reason: 'HTTP 500', at: new Date().toISOString() },
      });
    }
    render(<OptionsApp />);
    const list = await screen.findByRole('list', { name: 'Tags set aside' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list.textContent).toContain('HTTP 500');
    fireEvent.click(within(list).getByRole('button', { name: 'Retry ENG-1' }));
    await expect.poll(() => syncRequests.length).toBe(1);
    await expect
      .poll(async () => (await db.outbox.toArray()).filter((e) => e.setAside).length)
      .toBe(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard ENG-2' }));
    await expect.poll(() => db.links.get('linear:acme/ENG-2')).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    await expect.poll(() => screen.queryByRole('list', { name: 'Tags set aside' })).toBeNull();
  });

  it('asks the worker to sync when Sync now is pressed', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    await expect.poll(() => syncRequests.length).toBe(1);
  });

  it('stores the chosen interval for the worker', async () => {
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Sync interval'), { target: { value: '15' } });
    await expect
      .poll(async () => (await fakeBrowser.storage.local.get(syncInterval.key))[syncInterval.key])
      .toEqual({ minutes: 15 });
  });

  it('resets local data after asking, keeping the connection and pending tags, then syncs', async () => {
    await setTag(db, { ticketId: 'linear:acme/ENG-90', bucketId: 'ktlo' }, 'Ana');
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset local data…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset local data?' });
    expect(within(dialog).getByText(/1 tag not sent yet are kept/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset and reload' }));
    await expect.poll(() => db.missions.count()).toBe(0);
    expect(await readMeta(db, 'cursor')).toBeUndefined();
    expect(await readMeta(db, 'connection')).toEqual(CONNECTION);
    expect(await db.outbox.count()).toBe(1);
    await expect.poll(() => syncRequests.length).toBe(1);
  });

  it('turns a tracker off for content scripts to read', async () => {
    render(<OptionsApp />);
    const linear = await screen.findByRole('checkbox', { name: 'Linear' });
    expect((linear as HTMLInputElement).checked).toBe(true);
    fireEvent.click(linear);
    await expect
      .poll(
        async () =>
          (await fakeBrowser.storage.local.get(TRACKERS_ENABLED_KEY))[TRACKERS_ENABLED_KEY],
      )
      .toEqual({ off: ['linear'] });
  });
});
