import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { applyPage } from '../../../lib/db/apply-changes';
import { SIDEBAR_PORT, SidebarUpdateSchema } from '../../../lib/messaging/sidebar-port';
import { serveSidebarPort } from '../../../lib/sidebar/serve-sidebar-port';
import { setTag } from '../../../lib/sync/tag';
import { makeDb } from '../../lib/db/make-db';
import { link, riskChanges } from '../../lib/db/queries/collaboration-fixture';
import { issuedToken, sidebarFrameSender } from '../../lib/sidebar/bound-frame';
import { PAY_42 } from './sidebar-state-fixture';

/** The worker's end of an open sidebar: what the frame is sent, as it would parse it. */
async function openSidebar(db: ReturnType<typeof makeDb>, ticketId: string) {
  const { bindings, token } = await issuedToken(ticketId);
  const sent: unknown[] = [];
  const listeners: ((message: unknown) => void)[] = [];
  const port = {
    name: SIDEBAR_PORT,
    sender: sidebarFrameSender(),
    postMessage: (message: unknown) => sent.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (fn: (message: unknown) => void) => listeners.push(fn) },
    onDisconnect: { addListener: () => undefined },
  } as unknown as Browser.runtime.Port;
  serveSidebarPort(db, port, 'ext', bindings);
  listeners.forEach((fn) => fn({ type: 'subscribe', ticketId, token }));
  const siblingKeys = () =>
    sent.map((message) =>
      SidebarUpdateSchema.parse(message).state.siblings?.groups.flatMap((group) =>
        group.tickets.map((ticket) => ticket.key),
      ),
    );
  return { siblingKeys };
}

describe('siblings in an open sidebar', () => {
  it('arrive without a reload when another ticket is tagged to the intent here', async () => {
    const db = makeDb();
    await applyPage(
      db,
      [
        ...riskChanges(),
        link(PAY_42, { intentId: 'retry' }),
        link('jira:acme.atlassian.net/OPS-80', { intentId: 'retry' }),
      ],
      'c1',
    );
    const sidebar = await openSidebar(db, PAY_42);
    await expect.poll(sidebar.siblingKeys).toEqual([['OPS-80']]);
    await setTag(db, { ticketId: 'linear:acme/ENG-7', intentId: 'retry' }, 'Ana');
    await expect.poll(sidebar.siblingKeys).toEqual([['OPS-80'], ['OPS-80', 'ENG-7']]);
  });

  it('arrive when a sync brings a ticket tagged elsewhere', async () => {
    const db = makeDb();
    await applyPage(db, [...riskChanges(), link(PAY_42, { intentId: 'retry' })], 'c1');
    const sidebar = await openSidebar(db, PAY_42);
    await expect.poll(sidebar.siblingKeys).toEqual([[]]);
    await applyPage(db, [link('github:github.com/acme/app#7', { intentId: 'retry' })], 'c2');
    await expect.poll(sidebar.siblingKeys).toEqual([[], ['acme/app#7']]);
  });
});
