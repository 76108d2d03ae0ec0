// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepClosedRoots } from '../closed-roots';
import { createMixStrip } from '../../../../lib/mount/marks/mix-strip';
import { rememberPageWords } from '../../../../lib/mount/page-words';
import type { TicketSummary } from '../../../../lib/summary/ticket-summary';
import { englishPageWords } from '../english-page-words';

const GROWTH = { name: 'Growth <b>bets</b>', color: '#4f46e5' };
const KTLO = { name: 'Keep the lights on', color: '#f59e0b' };
const BUCKETS = [
  { ...GROWTH, targetShare: 0.6 },
  { ...KTLO, targetShare: 0.4 },
];
const tagged = (n: number, bucket: { name: string; color: string }): TicketSummary => ({
  ticketId: `jira:acme.atlassian.net/PAY-${n}`,
  bucket,
  from: 'tagged',
});

let roots: ShadowRoot[];
const stops: AbortController[] = [];

beforeEach(() => {
  rememberPageWords(englishPageWords());
  roots = keepClosedRoots();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
  vi.restoreAllMocks();
});

function make() {
  const stop = new AbortController();
  stops.push(stop);
  const strip = createMixStrip(document, { right: 16, bottom: 16 }, 'light', stop.signal);
  const hosts = () => document.querySelectorAll('throughline-mix');
  const box = () => roots[0]?.querySelector('[role="img"]');
  return { strip, stop, hosts, box };
}

describe('the mix strip', () => {
  it('builds nothing while fewer than three tickets are on screen (a ticket page)', () => {
    const { strip, hosts } = make();
    strip([tagged(1, GROWTH), tagged(2, KTLO)], BUCKETS);
    expect(hosts()).toHaveLength(0);
    expect(roots).toHaveLength(0);
  });

  it('shows the mix of the tickets on screen against the targets, as text, and leaves when they go', () => {
    const { strip, hosts, box, stop } = make();
    strip([tagged(1, GROWTH), tagged(2, GROWTH), tagged(3, KTLO), { ticketId: 'x' }], BUCKETS);
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.shadowRoot).toBeNull(); // closed: the page cannot look inside
    expect(box()?.getAttribute('aria-label')).toBe(
      'Throughline mix of the tickets shown: Growth <b>bets</b> 67% (target 60%), Keep the lights on 33% (target 40%). 4 tickets: 3 tagged, 0 via another ticket, 0 by rule, 1 no context',
    );
    expect(box()?.querySelector('b')).toBeNull(); // a hostile name stays text
    strip([tagged(1, GROWTH)], BUCKETS);
    expect(hosts()).toHaveLength(0);
    strip([tagged(1, GROWTH), tagged(2, GROWTH), tagged(3, KTLO)], BUCKETS);
    expect(hosts()).toHaveLength(1);
    expect(roots).toHaveLength(1); // built once
    stop.abort();
    expect(hosts()).toHaveLength(0);
  });
});
