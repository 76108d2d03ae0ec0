// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSidebarFrame } from '../../../lib/mount/sidebar-frame';
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
  it('round-trips the ticket, title text included, through the frame URL', () => {
    expect(readTicketHash(ticketHash(ticket(7)))).toEqual(ticket(7));
  });
});

describe('collapsing', () => {
  afterEach(() =>
    document.querySelectorAll('throughline-sidebar').forEach((host) => host.remove()),
  );
  const host = () => document.querySelector<HTMLElement>('throughline-sidebar');

  it('narrows the same host to the launcher and gives the page its width back', () => {
    const frame = createSidebarFrame(FRAME_URL);
    frame.show(ticket(1));
    expect(host()?.style.width).toBe('360px');
    expect(document.getElementById('throughline-reflow')).not.toBeNull();
    frame.setCollapsed(true);
    expect(host()?.style.width).toBe('40px');
    expect(document.getElementById('throughline-reflow')).toBeNull();
    expect(document.querySelectorAll('throughline-sidebar')).toHaveLength(1);
    frame.setCollapsed(false);
    expect(document.getElementById('throughline-reflow')).not.toBeNull();
  });

  it('starts collapsed when the person left it so, and cleans up on removal', () => {
    const frame = createSidebarFrame(FRAME_URL, document, true);
    frame.show(ticket(1));
    expect(host()?.style.width).toBe('40px');
    expect(document.getElementById('throughline-reflow')).toBeNull();
    frame.setCollapsed(false);
    frame.remove();
    expect(document.getElementById('throughline-reflow')).toBeNull();
  });
});
