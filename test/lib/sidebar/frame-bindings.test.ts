import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { applyPage } from '../../../lib/db/apply-changes';
import { createMessageRouter, type Handlers } from '../../../lib/messaging/router';
import { SIDEBAR_PORT } from '../../../lib/messaging/sidebar-port';
import { FrameBindings } from '../../../lib/sidebar/frame-bindings';
import { serveSidebarPort } from '../../../lib/sidebar/serve-sidebar-port';
import { createSenderGuard } from '../../../lib/sidebar/sender-guard';
import { demoChanges, makeDb } from '../db/make-db';
import {
  contentScriptOf,
  issuedToken,
  SIDEBAR_FRAME,
  sidebarFrameSender,
  TAB,
} from './bound-frame';

const PAY = 'jira:acme.atlassian.net/PAY-42';
const OTHER = 'jira:acme.atlassian.net/PAY-1';
const ORIGIN = 'chrome-extension://ext/';

/** Opens a port from `sender`, subscribes, and says whether the worker answered or hung up. */
async function subscribe(
  bindings: FrameBindings,
  message: Record<string, unknown>,
  sender: Record<string, unknown> = sidebarFrameSender(),
) {
  const db = makeDb();
  await applyPage(db, demoChanges(), 'c1');
  const listeners: ((m: unknown) => unknown)[] = [];
  const sent: unknown[] = [];
  let disconnected = false;
  const port = {
    name: SIDEBAR_PORT,
    sender: { ...sender, id: 'ext' },
    postMessage: (m: unknown) => sent.push(m),
    disconnect: () => (disconnected = true),
    onMessage: { addListener: (fn: (m: unknown) => unknown) => listeners.push(fn) },
    onDisconnect: { addListener: () => undefined },
  } as unknown as Browser.runtime.Port;
  serveSidebarPort(db, port, 'ext', bindings);
  await Promise.all(listeners.map((fn) => fn({ type: 'subscribe', ...message })));
  for (let i = 0; i < 100 && sent.length === 0 && !disconnected; i++)
    await new Promise((r) => setTimeout(r, 5));
  return disconnected ? 'refused' : sent.length > 0 ? 'answered' : 'silent';
}

describe('the sidebar frame is bound to the content script that made it', () => {
  it('answers the frame that presents its content script’s token for that ticket', async () => {
    const { bindings, token } = await issuedToken(PAY);
    expect(await subscribe(bindings, { ticketId: PAY, token })).toBe('answered');
  });

  it('refuses a frame without a valid token: one embedded by anyone else', async () => {
    const { bindings } = await issuedToken(PAY);
    expect(await subscribe(bindings, { ticketId: PAY, token: crypto.randomUUID() })).toBe(
      'refused',
    );
  });

  it('refuses a token shown with another ticket than the one it was issued for', async () => {
    const { bindings, token } = await issuedToken(PAY);
    expect(await subscribe(bindings, { ticketId: OTHER, token })).toBe('refused');
  });

  it('refuses a token presented from another tab', async () => {
    const { bindings, token } = await issuedToken(PAY);
    const elsewhere = sidebarFrameSender(TAB + 1);
    expect(await subscribe(bindings, { ticketId: PAY, token }, elsewhere)).toBe('refused');
  });

  it('binds the token to the first frame: another frame replaying it is refused, the same frame may reconnect', async () => {
    const { bindings, token } = await issuedToken(PAY);
    expect(await subscribe(bindings, { ticketId: PAY, token })).toBe('answered');
    const replay = sidebarFrameSender(TAB, SIDEBAR_FRAME + 1);
    expect(await subscribe(bindings, { ticketId: PAY, token }, replay)).toBe('refused');
    expect(await subscribe(bindings, { ticketId: PAY, token })).toBe('answered');
  });

  it('voids a token nobody presented within a minute', async () => {
    let now = 0;
    const bindings = new FrameBindings(undefined, () => now);
    const { token } = await issuedToken(PAY, bindings);
    now = 61_000;
    expect(await subscribe(bindings, { ticketId: PAY, token })).toBe('refused');
  });

  it('issues a token only for the ticket the content script’s own page shows', async () => {
    const bindings = new FrameBindings();
    expect(await bindings.issue(contentScriptOf(PAY), OTHER, {})).toBeUndefined();
    expect(await bindings.issue({ url: contentScriptOf(PAY).url }, PAY, {})).toBeUndefined();
    expect(await bindings.issue(contentScriptOf(PAY), PAY, {})).toEqual(expect.any(String));
  });

  it('issues a token after an in-app navigation, when only the tab’s URL shows the new ticket', async () => {
    // Chromium may keep reporting the content script's first URL as sender.url.
    const bindings = new FrameBindings();
    const moved = { ...contentScriptOf(OTHER), url: contentScriptOf(PAY).url };
    expect(await bindings.issue(moved, OTHER, {})).toEqual(expect.any(String));
    expect(await bindings.issue({ ...moved, frameId: 3 }, OTHER, {})).toBeUndefined();
  });

  it('revokes a content script’s earlier token when it asks for the next ticket', async () => {
    const { bindings, token } = await issuedToken(PAY);
    expect(await subscribe(bindings, { ticketId: PAY, token })).toBe('answered');
    await issuedToken(OTHER, bindings); // same tab and frame: the person moved on to PAY-1
    expect(await subscribe(bindings, { ticketId: PAY, token })).toBe('refused');
  });

  it('keeps bindings across a worker restart through its store', async () => {
    let saved: unknown = [];
    const persist = {
      load: async () => saved,
      save: async (g: unknown) => void (saved = structuredClone(g)),
    };
    const { token } = await issuedToken(PAY, new FrameBindings(persist));
    expect(await subscribe(new FrameBindings(persist), { ticketId: PAY, token })).toBe('answered');
  });
});

describe('sender rules for messages', () => {
  const calls: string[] = [];
  const handler = (name: string) => async (payload: unknown) => {
    calls.push(`${name} ${JSON.stringify(payload)}`);
    return name === 'context.get'
      ? { connection: null, status: null, context: null, rejection: null, pendingCount: 0 }
      : name === 'frame.token'
        ? { token: 't' }
        : name === 'picker.search'
          ? { options: [] }
          : name === 'summary.watch'
            ? { summary: { ticketId: PAY } }
            : { ok: true };
  };
  const handlers = new Proxy({}, { get: (_t, name: string) => handler(name) }) as Handlers;
  const envelope = (name: string, payload: unknown) => ({ throughline: 1, name, payload });

  async function routerWithBoundFrame() {
    const { bindings, token } = await issuedToken(PAY);
    await bindings.accept(token, PAY, sidebarFrameSender());
    const guard = createSenderGuard(bindings, ORIGIN, async () => ({}));
    return createMessageRouter('ext', ORIGIN, handlers, guard);
  }
  const sidebar = (frameId = SIDEBAR_FRAME) => ({
    ...sidebarFrameSender(TAB, frameId),
    url: `${ORIGIN}sidebar.html#id=x`,
  });

  it('answers a bound sidebar frame about its own ticket only', async () => {
    const route = await routerWithBoundFrame();
    expect(await route(envelope('link.set', { ticketId: PAY, intentId: 'i1' }), sidebar())).toEqual(
      { ok: true },
    );
    expect(
      await route(envelope('link.set', { ticketId: OTHER, intentId: 'i1' }), sidebar()),
    ).toBeUndefined();
    expect(await route(envelope('link.clear', { ticketId: OTHER }), sidebar())).toBeUndefined();
    expect(await route(envelope('picker.search', { query: 'x' }), sidebar())).toEqual({
      options: [],
    });
  });

  it('cleans a page title in a tag instead of refusing the tag', async () => {
    const route = await routerWithBoundFrame();
    const title = 'Retry\u0000 cards \ud800';
    expect(
      await route(envelope('link.set', { ticketId: PAY, intentId: 'i1', title }), sidebar()),
    ).toEqual({ ok: true });
    expect(calls.at(-1)).toContain(JSON.stringify('Retry cards \ufffd'));
  });

  it('answers nothing to a sidebar page no content script bound (a frame someone else embedded)', async () => {
    const route = await routerWithBoundFrame();
    const stranger = sidebar(SIDEBAR_FRAME + 5);
    expect(
      await route(envelope('link.set', { ticketId: PAY, intentId: 'i1' }), stranger),
    ).toBeUndefined();
    expect(await route(envelope('picker.search', { query: 'x' }), stranger)).toBeUndefined();
    expect(await route(envelope('sync.now', {}), stranger)).toBeUndefined();
  });

  it('lets a content script ask only about its own page’s ticket', async () => {
    const route = await routerWithBoundFrame();
    const page = contentScriptOf(PAY);
    expect(await route(envelope('frame.token', { ticketId: PAY }), page)).toEqual({ token: 't' });
    expect(await route(envelope('frame.token', { ticketId: OTHER }), page)).toBeUndefined();
  });

  it('tells a content script the summary of its own page’s ticket, and of no other', async () => {
    const route = await routerWithBoundFrame();
    const page = contentScriptOf(PAY);
    expect(await route(envelope('summary.watch', { ticketId: PAY }), page)).toEqual({
      summary: { ticketId: PAY },
    });
    expect(await route(envelope('summary.watch', { ticketId: OTHER }), page)).toBeUndefined();
    // Nor to a page that embedded our sidebar page, or anything but a content script.
    expect(route(envelope('summary.watch', { ticketId: PAY }), sidebar())).toBeUndefined();
  });

  it('takes token requests from content scripts only', async () => {
    const route = await routerWithBoundFrame();
    expect(await route(envelope('frame.token', { ticketId: PAY }), contentScriptOf(PAY))).toEqual({
      token: 't',
    });
    expect(
      route(envelope('frame.token', { ticketId: PAY }), { id: 'ext', url: `${ORIGIN}popup.html` }),
    ).toBeUndefined();
    expect(route(envelope('frame.token', { ticketId: PAY }), sidebar())).toBeUndefined();
  });

  it('still answers the popup and the options page as before', async () => {
    const route = await routerWithBoundFrame();
    const popup = { id: 'ext', url: `${ORIGIN}popup.html` };
    expect(await route(envelope('link.set', { ticketId: OTHER, intentId: 'i1' }), popup)).toEqual({
      ok: true,
    });
    expect(await route(envelope('picker.search', { query: 'x' }), popup)).toEqual({ options: [] });
  });
});
