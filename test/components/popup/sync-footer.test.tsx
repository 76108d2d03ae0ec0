// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncFooter } from '../../../components/popup/SyncFooter';
import type { ThroughlineDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import { setTag } from '../../../lib/sync/tag';
import { CONNECTION, freshPopupWorld, seedDemo } from './popup-fixture';

describe('popup sync footer', () => {
  let db: ThroughlineDb;
  let syncRequests: number[];
  beforeEach(async () => {
    ({ db, syncRequests } = await freshPopupWorld());
  });
  afterEach(cleanup);

  it('says when it last synced and how many tags wait to be sent', async () => {
    await seedDemo(db);
    await setTag(db, { ticketId: 'linear:acme/ENG-99', bucketId: 'ktlo' }, 'Ana');
    await setTag(db, { ticketId: 'linear:acme/ENG-98', bucketId: 'ktlo' }, 'Ana');
    render(<SyncFooter />);
    expect(await screen.findByText('Synced 1 minute ago. 2 tags wait to be sent.')).toBeTruthy();
  });

  it('says why the last sync failed, and when it last worked', async () => {
    await writeMeta(db, 'connection', CONNECTION);
    await writeMeta(db, 'syncStatus', {
      running: false,
      offline: true,
      lastError: "Can't reach the context API.",
      lastSuccessAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    });
    render(<SyncFooter />);
    expect(
      await screen.findByText("Sync failed: Can't reach the context API. Last synced 3 hours ago."),
    ).toBeTruthy();
  });

  it('asks the worker to sync when Sync now is pressed', async () => {
    await seedDemo(db);
    render(<SyncFooter />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    await expect.poll(() => syncRequests.length).toBe(1);
  });

  it('offers Sync now and Settings before any connection', async () => {
    render(<SyncFooter />);
    expect(await screen.findByText('Not connected to a context API.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
  });
});
