import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { applyPage } from '../../../lib/db/apply-changes';
import { SIDEBAR_PORT, SidebarUpdateSchema } from '../../../lib/messaging/sidebar-port';
import { serveSidebarPort } from '../../../lib/sidebar/serve-sidebar-port';
import { demoChanges, makeDb, put, T0 } from '../db/make-db';
import { issuedToken, sidebarFrameSender } from './bound-frame';

const TICKET = 'github:github.com/acme/app#1';

/** A port as the browser hands it to the worker: listeners in, messages out. */
function fakePort(senderId = 'ext', sender: Record<string, unknown> = sidebarFrameSender()) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const sent: unknown[] = [];
  let disconnected = false;
  const port = {
    name: SIDEBAR_PORT,
    sender: { ...sender, id: senderId },
    postMessage: (message: unknown) => sent.push(message),
    disconnect: () => {
      disconnected = true;
    },
    onMessage: { addListener: (fn: (message: unknown) => void) => onMessage.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => onDisconnect.push(fn) },
  };
  return {
    port: port as unknown as Browser.runtime.Port,
    sent,
    receive: (message: unknown) => onMessage.forEach((fn) => fn(message)),
    close: () => onDisconnect.forEach((fn) => fn()),
    isDisconnected: () => disconnected,
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('sidebar port', () => {
  it('sends the state of the subscribed ticket, then again when a sync changes it', async () => {
    const db = makeDb();
    await applyPage(db, demoChanges(), 'c1');
    const { bindings, token } = await issuedToken(TICKET);
    const frame = fakePort();
    serveSidebarPort(db, frame.port, 'ext', bindings);
    frame.receive({ type: 'subscribe', ticketId: TICKET, token });
    await until(() => frame.sent.length === 1);
    expect(SidebarUpdateSchema.parse(frame.sent[0]).state.context?.intent?.title).toBe(
      'Guided setup',
    );

    await applyPage(
      db,
      [put('intent', 'i1', 20, { goalId: 'g1', title: 'Guided setup, renamed' })],
      'c2',
    );
    await until(() => frame.sent.length === 2);
    expect(SidebarUpdateSchema.parse(frame.sent[1]).state.context?.intent?.title).toBe(
      'Guided setup, renamed',
    );
    frame.close();
  });

  it('stops sending after the frame goes away', async () => {
    const db = makeDb();
    const { bindings, token } = await issuedToken(TICKET);
    const frame = fakePort();
    serveSidebarPort(db, frame.port, 'ext', bindings);
    frame.receive({ type: 'subscribe', ticketId: TICKET, token });
    await until(() => frame.sent.length === 1);
    frame.close();
    await applyPage(db, demoChanges(), 'c1');
    await new Promise((r) => setTimeout(r, 50));
    expect(frame.sent).toHaveLength(1);
  });

  it('refuses ports from other extensions and ignores malformed subscriptions', async () => {
    const db = makeDb();
    const { bindings, token } = await issuedToken(TICKET);
    const stranger = fakePort('someone-else');
    serveSidebarPort(db, stranger.port, 'ext', bindings);
    expect(stranger.isDisconnected()).toBe(true);
    const frame = fakePort();
    serveSidebarPort(db, frame.port, 'ext', bindings);
    frame.receive({ type: 'subscribe', ticketId: 'not a ticket', token });
    frame.receive({ type: 'subscribe', ticketId: `${TICKET}`, linkedAt: T0, token });
    await until(() => frame.sent.length === 1);
  });
});

describe('sidebar port and recent tickets', () => {
  it('remembers a ticket the sidebar shows, with the title its page shows', async () => {
    const db = makeDb();
    const { bindings, token } = await issuedToken(TICKET);
    const frame = fakePort();
    serveSidebarPort(db, frame.port, 'ext', bindings);
    frame.receive({ type: 'subscribe', ticketId: TICKET, token, title: 'Fix flaky deploys' });
    await until(() => frame.sent.length === 1);
    await expect
      .poll(() => db.recentTickets.get(TICKET))
      .toMatchObject({ id: TICKET, key: 'acme/app#1', title: 'Fix flaky deploys' });
    frame.close();
  });

  it('remembers nothing for a frame it refuses', async () => {
    const db = makeDb();
    const { bindings } = await issuedToken(TICKET);
    const frame = fakePort();
    serveSidebarPort(db, frame.port, 'ext', bindings);
    frame.receive({ type: 'subscribe', ticketId: TICKET, token: 'forged' });
    await until(() => frame.isDisconnected());
    expect(await db.recentTickets.count()).toBe(0);
  });
});
