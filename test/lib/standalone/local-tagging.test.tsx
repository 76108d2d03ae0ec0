// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarBody } from '../../../components/sidebar/SidebarApp';
import { createHandlers } from '../../../lib/messaging/handlers';
import { SidebarStateSchema } from '../../../lib/sidebar/state-schema';
import { sidebarStateFor } from '../../../lib/sidebar/state';
import { importContextFile } from '../../../lib/standalone/import';
import { syncOnce } from '../../../lib/sync/run';
import { makeDb } from '../db/make-db';
import { DEMO_YAML } from './context-files';

const TICKET = 'github:github.com/octolinker/testrepo#2';
const NEW_TICKET = 'linear:acme/ENG-500';
const PAGE = { id: 'ext', url: 'chrome-extension://ext/sidebar.html' };

async function standaloneWorld() {
  const db = makeDb();
  await importContextFile(db, DEMO_YAML, 'demo.yaml');
  const syncs: number[] = [];
  const handlers = createHandlers(db, async () => {
    syncs.push(1);
    return { ok: false, error: 'Not connected' };
  });
  return { db, handlers, syncs };
}

describe('tagging in standalone mode', () => {
  afterEach(cleanup);

  it('writes the tag as final: nothing pending, nothing queued for a server', async () => {
    const { db, handlers } = await standaloneWorld();
    expect(
      await handlers['link.set']({ ticketId: NEW_TICKET, intentId: 'guided-setup' }, PAGE),
    ).toEqual({ ok: true });
    const link = await db.links.get(NEW_TICKET);
    expect(link).toMatchObject({ intentId: 'guided-setup', version: 1, linkedBy: 'you' });
    expect(link?.pending).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('retags and untags locally', async () => {
    const { db, handlers } = await standaloneWorld();
    await handlers['link.set']({ ticketId: TICKET, bucketId: 'ktlo' }, PAGE);
    expect(await db.links.get(TICKET)).toMatchObject({ bucketId: 'ktlo', version: 2 });
    expect((await db.links.get(TICKET))?.intentId).toBeUndefined();
    await handlers['link.clear']({ ticketId: TICKET }, PAGE);
    expect(await db.links.get(TICKET)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('never syncs: there is no connection to push to', async () => {
    const { db } = await standaloneWorld();
    expect(
      await syncOnce(db, () => {
        throw new Error('no client may be made in standalone mode');
      }),
    ).toEqual({ ok: false, notConnected: true });
  });

  it('shows the sidebar context instead of "connect" or "first sync running"', async () => {
    const { db } = await standaloneWorld();
    const state = SidebarStateSchema.parse(
      JSON.parse(JSON.stringify(await sidebarStateFor(db, TICKET))),
    );
    expect(state).toMatchObject({ mode: 'standalone', connection: { workspaceName: 'Acme' } });
    render(
      <SidebarBody
        ticket={{
          id: TICKET,
          key: 'octolinker/testrepo#2',
          url: 'https://github.com/OctoLinker/testrepo/issues/2',
        }}
        state={state}
      />,
    );
    expect(screen.getByText('Guided setup for new workspaces')).toBeTruthy();
    expect(screen.queryByText(/First sync running/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open settings' })).toBeNull();
  });
});
