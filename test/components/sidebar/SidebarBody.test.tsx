// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarBody } from '../../../components/sidebar/SidebarApp';
import { applyPage } from '../../../lib/db/apply-changes';
import { writeMeta } from '../../../lib/db/meta';
import { SidebarStateSchema } from '../../../lib/sidebar/state-schema';
import { sidebarStateFor } from '../../../lib/sidebar/state';
import { setTag } from '../../../lib/sync/tag';
import { demoChanges, makeDb } from '../../lib/db/make-db';

const TICKET = 'github:github.com/acme/app#1';
const FRAME_TICKET = { id: TICKET, key: 'acme/app#1', url: 'https://github.com/acme/app/issues/1' };
const CONNECTION = {
  apiUrl: 'https://api.example.com',
  token: 'secret-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};
const synced = { running: false, offline: false, lastSuccessAt: new Date().toISOString() };

async function stateOf(setup: (db: ReturnType<typeof makeDb>) => Promise<void>, ticketId = TICKET) {
  const db = makeDb();
  await setup(db);
  const state = await sidebarStateFor(db, ticketId);
  // What the worker sends must pass the schema the frame checks it with.
  return SidebarStateSchema.parse(JSON.parse(JSON.stringify(state)));
}

describe('sidebar states', () => {
  afterEach(cleanup);

  it('asks to connect when there is no connection', async () => {
    render(<SidebarBody ticket={FRAME_TICKET} state={await stateOf(async () => undefined)} />);
    expect(screen.getByRole('button', { name: 'Open settings' })).toBeTruthy();
  });

  it('says the first sync is running', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', { running: true, offline: false });
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByText(/First sync running/)).toBeTruthy();
  });

  it("says the API can't be reached when the first sync failed, with a retry", async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', {
        running: false,
        offline: true,
        lastError: 'Network down',
        lastErrorKind: 'unreachable',
      });
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByRole('alert', { name: "Can't reach the context API" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('shows mission, goal, intent and bucket of a linked ticket', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', synced);
      await applyPage(db, demoChanges(), 'c1');
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByText('Guided setup')).toBeTruthy();
    expect(screen.getByText('Activation 45%')).toBeTruthy();
    expect(screen.getByText('Self-serve')).toBeTruthy();
    expect(screen.getByText('New capabilities')).toBeTruthy();
  });

  it('keeps what was synced visible under a warning when a later sync fails', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', {
        ...synced,
        offline: true,
        lastError: 'Network down',
        lastErrorKind: 'unreachable',
      });
      await applyPage(db, demoChanges(), 'c1');
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByRole('alert', { name: "Can't reach the context API" })).toBeTruthy();
    expect(screen.getByText('Guided setup')).toBeTruthy();
  });

  it('invites to tag a ticket that is not linked', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', synced);
    }, 'linear:acme/ENG-9');
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByRole('region', { name: 'Not linked' })).toBeTruthy();
  });

  it('renders remote text with markup as plain text', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', synced);
      const changes = demoChanges();
      (changes[4]!.data as Record<string, unknown>).title = '<img src=x onerror=alert(1)>Guided';
      await applyPage(db, changes, 'c1');
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>Guided')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('never hands the API token to the frame', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
    });
    expect(JSON.stringify(state)).not.toContain('secret-token');
  });

  it('marks a tag that has not reached the server yet', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', synced);
      await applyPage(db, demoChanges(), 'c1');
      await setTag(db, { ticketId: TICKET, bucketId: 'ktlo' }, 'Ana');
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByRole('status').textContent).toMatch(
      /reaches the context API on the next sync/,
    );
    expect(screen.getByText('Keep the lights on')).toBeTruthy();
  });

  it('shows why a tag was refused, with retry and dismiss', async () => {
    const state = await stateOf(async (db) => {
      await writeMeta(db, 'connection', CONNECTION);
      await writeMeta(db, 'syncStatus', synced);
      await db.rejections.put({
        ticketId: TICKET,
        reason: 'Unknown intent "gone"',
        at: new Date().toISOString(),
        mutation: {
          id: crypto.randomUUID(),
          type: 'link.set',
          args: { ticketId: TICKET, intentId: 'gone' },
        },
      });
    });
    render(<SidebarBody ticket={FRAME_TICKET} state={state} />);
    expect(screen.getByRole('alert', { name: 'Tag refused' }).textContent).toMatch(
      /Unknown intent "gone"/,
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });
});
