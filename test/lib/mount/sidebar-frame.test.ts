// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSidebarFrame } from '../../../lib/mount/sidebar-frame';
import { keepClosedRoots } from './closed-roots';
import { readTicketHash, ticketHash } from '../../../lib/sidebar/ticket-hash';

const FRAME_URL = 'chrome-extension://abc/sidebar.html';
const ticket = (n: number) => ({
  id: `github:github.com/acme/app#${n}`,
  key: `acme/app#${n}`,
  url: `https://github.com/acme/app/issues/${n}`,
  title: `Issue <b>${n}</b>`,
});

describe('sidebar frame', () => {
  afterEach(() =>
    document.querySelectorAll('throughline-sidebar').forEach((host) => host.remove()),
  );

  it('mounts one host whose frame the page cannot reach', () => {
    createSidebarFrame(FRAME_URL).show(ticket(1));
    const hosts = document.querySelectorAll('throughline-sidebar');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.shadowRoot).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('moves to another ticket without mounting twice', () => {
    const frame = createSidebarFrame(FRAME_URL);
    frame.show(ticket(1));
    frame.show(ticket(2));
    frame.show(ticket(2));
    expect(document.querySelectorAll('throughline-sidebar')).toHaveLength(1);
  });

  it('removes the host on a page without a ticket, and can mount again later', () => {
    const frame = createSidebarFrame(FRAME_URL);
    frame.show(ticket(1));
    frame.remove();
    expect(document.querySelector('throughline-sidebar')).toBeNull();
    frame.show(ticket(3));
    expect(document.querySelectorAll('throughline-sidebar')).toHaveLength(1);
  });
});

describe('ticket hash', () => {
  it('round-trips the id, title text and token through the frame URL', () => {
    const { id, title } = ticket(7);
    expect(readTicketHash(ticketHash({ ...ticket(7), token: 't-1' }))).toEqual({
      id,
      title,
      token: 't-1',
    });
  });

  it('carries no key or URL: the sidebar derives both from the id', () => {
    const read = readTicketHash(
      '#id=jira%3Aacme.atlassian.net%2FPAY-1&key=PAY-42&url=https%3A%2F%2Fevil.example',
    );
    expect(read).not.toHaveProperty('key');
    expect(read).not.toHaveProperty('url');
  });

  it('cleans NUL and unpaired surrogates out of a title read from the page', () => {
    const hash = ticketHash({ id: ticket(1).id, title: 'Retry\u0000 cards \ud800' });
    expect(readTicketHash(hash).title).toBe('Retry cards \ufffd');
  });
});

describe('binding the frame to this content script', () => {
  afterEach(() =>
    document.querySelectorAll('throughline-sidebar').forEach((host) => host.remove()),
  );

  /** The frame inside a host's closed shadow root, caught as the root is attached. */
  function catchFrames(): () => HTMLIFrameElement | undefined {
    const roots = keepClosedRoots();
    return () => roots.at(-1)?.querySelector('iframe') ?? undefined;
  }

  afterEach(() => vi.restoreAllMocks());

  it('loads the first frame while the worker issues its token, and hands the token over in its hash', async () => {
    const frameOf = catchFrames();
    let issue: (token: string) => void = () => undefined;
    const requestToken = () => new Promise<string>((resolve) => (issue = resolve));
    const frame = createSidebarFrame(FRAME_URL, document, undefined, requestToken);
    frame.show({ ...ticket(1), title: undefined });
    // At once, with no token: the frame asks the worker for nothing until the token comes.
    const iframe = frameOf();
    expect(iframe).toBeDefined();
    expect(readTicketHash(new URL(iframe!.src).hash)).toEqual({ id: ticket(1).id });
    const replaced: string[] = [];
    Object.defineProperty(iframe, 'contentWindow', {
      value: { location: { replace: (src: string) => replaced.push(src) } },
    });
    issue('token-1');
    await new Promise((r) => setTimeout(r, 0));
    iframe!.dispatchEvent(new Event('load'));
    expect(replaced.map((src) => readTicketHash(new URL(src).hash))).toEqual([
      { id: ticket(1).id, token: 'token-1' },
    ]);
  });

  it('makes a frame that comes with the page once its token is issued, docked, with the token in its first address', async () => {
    const frameOf = catchFrames();
    let issue: (token: string) => void = () => undefined;
    const requestToken = () => new Promise<string>((resolve) => (issue = resolve));
    const frame = createSidebarFrame(FRAME_URL, document, undefined, requestToken);
    frame.show({ ...ticket(1), title: undefined }, true);
    expect(frameOf()).toBeUndefined();
    expect(document.getElementById('throughline-reflow')).toBeNull();
    issue('token-1');
    await new Promise((r) => setTimeout(r, 0));
    expect(readTicketHash(new URL(frameOf()!.src).hash)).toEqual({
      id: ticket(1).id,
      token: 'token-1',
    });
    expect(document.getElementById('throughline-reflow')).not.toBeNull();
    frame.remove();
  });

  it('loads a frame pressed for at once, unseen and undocked, after a frame that came with the page was closed', async () => {
    const frameOf = catchFrames();
    const issued: ((token: string) => void)[] = [];
    const requestToken = () => new Promise<string>((resolve) => issued.push(resolve));
    const frame = createSidebarFrame(FRAME_URL, document, undefined, requestToken);
    frame.show(ticket(1), true);
    issued[0]?.('token-1');
    await new Promise((r) => setTimeout(r, 0));
    frame.remove();
    frame.prepare(ticket(2));
    // At once, before any token for it, and the page not narrowed for an unseen frame.
    const shown = readTicketHash(new URL(frameOf()!.src).hash);
    expect(shown.id).toBe(ticket(2).id);
    expect(shown.token).toBeUndefined();
    expect(document.getElementById('throughline-reflow')).toBeNull();
    frame.remove();
  });

  it('keeps an open frame on its ticket until the next ticket’s token comes, asking once per ticket', async () => {
    const frameOf = catchFrames();
    const asked: string[] = [];
    const issued: ((token: string) => void)[] = [];
    const requestToken = (id: string) => {
      asked.push(id);
      return new Promise<string>((resolve) => issued.push(resolve));
    };
    const frame = createSidebarFrame(FRAME_URL, document, undefined, requestToken);
    const first = { ...ticket(1), title: undefined };
    frame.show(first);
    const replaced: string[] = [];
    Object.defineProperty(frameOf(), 'contentWindow', {
      value: { location: { replace: (src: string) => replaced.push(src) } },
    });
    frameOf()!.dispatchEvent(new Event('load'));
    issued[0]?.('token-1');
    await new Promise((r) => setTimeout(r, 0));
    frame.show({ ...first, title: 'Read later' });
    frame.show(ticket(2));
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([ticket(1).id, ticket(2).id]);
    // Ticket 2 is not shown without its token: the frame still shows ticket 1.
    const shown = () => readTicketHash(new URL(replaced.at(-1)!).hash);
    expect(shown()).toMatchObject({ id: ticket(1).id, token: 'token-1' });
    issued[1]?.('token-2');
    await new Promise((r) => setTimeout(r, 0));
    expect(shown()).toMatchObject({ id: ticket(2).id, token: 'token-2' });
    expect(document.querySelectorAll('throughline-sidebar')).toHaveLength(1);
  });
});

describe('opening and closing', () => {
  afterEach(() =>
    document.querySelectorAll('throughline-sidebar').forEach((host) => host.remove()),
  );
  const host = () => document.querySelector<HTMLElement>('throughline-sidebar');

  const reflowStyle = () => document.getElementById('throughline-reflow');
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  it('lies over the page until its frame has loaded, then docks beside it, and gives the page its width back on removal', async () => {
    const roots = keepClosedRoots();
    const frame = createSidebarFrame(FRAME_URL);
    frame.show(ticket(1));
    expect(host()?.style.width).toBe('360px');
    expect(reflowStyle()).toBeNull();
    roots[0]?.querySelector('iframe')?.dispatchEvent(new Event('load'));
    await nextFrame();
    expect(reflowStyle()).not.toBeNull();
    frame.remove();
    expect(host()).toBeNull();
    expect(reflowStyle()).toBeNull();
    vi.restoreAllMocks();
  });

  it('docks at once a frame that opens with the page, and never twice', async () => {
    const roots = keepClosedRoots();
    const frame = createSidebarFrame(FRAME_URL);
    frame.show(ticket(1), true);
    expect(host()).not.toBeNull();
    expect(reflowStyle()).not.toBeNull();
    roots[0]?.querySelector('iframe')?.dispatchEvent(new Event('load'));
    await nextFrame();
    frame.show(ticket(2), true);
    expect(document.querySelectorAll('#throughline-reflow')).toHaveLength(1);
    frame.remove();
    expect(reflowStyle()).toBeNull();
    vi.restoreAllMocks();
  });

  it('loads a prepared frame unseen and undocked, and its show reveals and docks it', async () => {
    const roots = keepClosedRoots();
    const frame = createSidebarFrame(FRAME_URL);
    frame.prepare(ticket(1));
    expect(host()?.style.getPropertyValue('visibility')).toBe('hidden');
    const iframe = roots[0]?.querySelector('iframe');
    expect(readTicketHash(new URL(iframe!.src).hash)?.id).toBe(ticket(1).id);
    iframe?.dispatchEvent(new Event('load'));
    await nextFrame();
    expect(reflowStyle()).toBeNull(); // loaded, but nobody has seen it
    frame.show(ticket(1));
    expect(host()?.style.getPropertyValue('visibility')).not.toBe('hidden');
    expect(document.querySelectorAll('throughline-sidebar')).toHaveLength(1);
    await nextFrame();
    expect(reflowStyle()).not.toBeNull();
    frame.remove();
    vi.restoreAllMocks();
  });

  it('never narrows the page for a panel closed before its frame loaded', () => {
    vi.useFakeTimers();
    try {
      const frame = createSidebarFrame(FRAME_URL);
      frame.show(ticket(1));
      frame.remove();
      vi.advanceTimersByTime(5000);
      expect(reflowStyle()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
