import { describe, expect, it } from 'vitest';
import type { SidebarFrame } from '../../../lib/mount/sidebar-frame';
import type { SummaryButton } from '../../../lib/mount/summary-button';
import type { SummaryClient } from '../../../lib/mount/summary-client';
import { createTicketSurfaces } from '../../../lib/mount/ticket-surfaces';
import type { TicketSummary } from '../../../lib/summary/ticket-summary';

// Summary first, sidebar on demand: what is on the page for each ticket and each choice. The
// summary, frame and client are recorded here; each is tested on its own (summary-button,
// sidebar-frame, e2e).

const A = { id: 'jira:acme.atlassian.net/PAY-42', key: 'PAY-42', url: 'https://x/PAY-42' };
const B = { id: 'jira:acme.atlassian.net/PAY-43', key: 'PAY-43', url: 'https://x/PAY-43' };
const summaryOf = (ticketId: string, goal = 'Grow'): TicketSummary => ({ ticketId, goal });

function world(open = false) {
  const log: string[] = [];
  let frameFocused = false;
  const summary: SummaryButton = {
    show: (s) => log.push(`summary ${s.ticketId.slice(-6)} ${s.goal ?? '-'}`),
    hide: () => log.push('summary hidden'),
    focus: () => log.push('summary focused'),
    remove: () => log.push('summary removed'),
  };
  const client: SummaryClient = {
    watch: (id, title) => log.push(`watch ${id.slice(-6)} ${title ?? '-'}`),
    unwatch: () => log.push('unwatch'),
  };
  const openFrame = (): SidebarFrame => {
    log.push('frame made');
    return {
      show: (t, withPage) => log.push(`frame ${t.key}${withPage ? ' with the page' : ''}`),
      prepare: (t) => log.push(`frame ${t.key} unseen`),
      hasFocus: () => frameFocused,
      remove: () => log.push('frame removed'),
    };
  };
  const surfaces = createTicketSurfaces({ summary, client, openFrame, open });
  return { surfaces, log, focusFrame: () => (frameFocused = true) };
}

describe('summary first, sidebar on demand', () => {
  it('draws the summary when the worker answers, and makes no frame', () => {
    const { surfaces, log } = world();
    surfaces.show(A);
    surfaces.receive(summaryOf(A.id));
    expect(log).toEqual(['summary hidden', 'watch PAY-42 -', 'summary PAY-42 Grow']);
  });

  it('asks again once the page shows the title (rules and mentions read it)', () => {
    const { surfaces, log } = world();
    surfaces.show(A);
    surfaces.show({ ...A, title: 'PAY-7: retry' });
    surfaces.show({ ...A, title: 'PAY-7: retry' });
    expect(log.filter((l) => l.startsWith('watch'))).toEqual([
      'watch PAY-42 -',
      'watch PAY-42 PAY-7: retry',
    ]);
  });

  it('never shows a ticket’s summary on another ticket’s page', () => {
    const { surfaces, log } = world();
    surfaces.show(A);
    surfaces.show(B); // an in-app navigation before A's answer came
    surfaces.receive(summaryOf(A.id));
    expect(log.some((l) => l.startsWith('summary PAY-42'))).toBe(false);
    surfaces.receive(summaryOf(B.id));
    expect(log.at(-1)).toBe('summary PAY-43 Grow');
  });

  it('loads the frame unseen while the summary is pressed, and its click reveals that frame', () => {
    const { surfaces, log } = world();
    surfaces.show(A);
    surfaces.receive(summaryOf(A.id));
    log.length = 0;
    surfaces.prepare();
    surfaces.prepare(); // a second press before the first ended makes no second frame
    expect(log).toEqual(['frame made', 'frame PAY-42 unseen']);
    surfaces.setOpen(true);
    expect(log.slice(2)).toEqual(['summary hidden', 'frame PAY-42']);
  });

  it('takes the unseen frame away when the press ends in no click, and keeps an open one', () => {
    const { surfaces, log } = world();
    surfaces.show(A);
    surfaces.receive(summaryOf(A.id));
    log.length = 0;
    surfaces.prepare();
    surfaces.unprepare();
    expect(log).toEqual(['frame made', 'frame PAY-42 unseen', 'frame removed']);
    surfaces.setOpen(true);
    log.length = 0;
    surfaces.unprepare();
    surfaces.prepare();
    expect(log).toEqual([]);
  });

  it('opens the frame on demand, hides the summary, and brings it back with the focus on close', () => {
    const { surfaces, log, focusFrame } = world();
    surfaces.show(A);
    surfaces.receive(summaryOf(A.id));
    log.length = 0;
    surfaces.setOpen(true);
    expect(log).toEqual(['summary hidden', 'frame made', 'frame PAY-42']);
    surfaces.receive(summaryOf(A.id, 'Grow more')); // live, while the sidebar is open
    expect(log.at(-1)).toBe('frame PAY-42');
    focusFrame();
    log.length = 0;
    surfaces.setOpen(false);
    expect(log).toEqual(['frame removed', 'summary PAY-42 Grow more', 'summary focused']);
  });

  it('opens the frame by itself on every ticket for someone who keeps it open, as coming with the page', () => {
    const { surfaces, log } = world(true);
    surfaces.show(A);
    surfaces.show(B);
    expect(log.filter((l) => l.startsWith('frame'))).toEqual([
      'frame made',
      'frame PAY-42 with the page',
      'frame PAY-43 with the page',
    ]);
  });

  it('takes everything away on a page that shows no ticket', () => {
    const { surfaces, log } = world(true);
    surfaces.show(A);
    log.length = 0;
    surfaces.remove();
    expect(log).toEqual(['unwatch', 'summary hidden', 'frame removed']);
    surfaces.setOpen(false);
    surfaces.setOpen(true);
    expect(log.includes('frame made')).toBe(false);
  });
});
