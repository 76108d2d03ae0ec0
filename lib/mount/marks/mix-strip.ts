import { mixAtAGlance, type MixBucket } from '../../marks/mix-at-a-glance';
import { isBucketColor, type TicketSummary } from '../../summary/ticket-summary';
import type { HostTheme } from '../host-theme';
import { importantStyle } from '../important-style';
import { pageFontFamily } from '../page-font';
import { pageWord } from '../page-words';
import STYLE from './mix-strip.css?inline';

/** Fewer visible tickets than this is a ticket page with a few mentions, not a board or list. */
export const STRIP_MIN_TICKETS = 3;

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * "Mix at a glance" on a board or list: the investment mix of the tickets on screen (upper bar)
 * against the buckets' target shares (lower bar), and where their context comes from. Its own
 * closed shadow root host, fixed just above the ticket summary's corner, so it never moves the
 * page; never takes a click; read by screen readers as one image with a name that says it all.
 */
export function createMixStrip(
  doc: Document,
  spot: { right: number; bottom: number },
  theme: HostTheme,
  signal: AbortSignal,
): (summaries: readonly TicketSummary[], buckets: readonly MixBucket[]) => void {
  /** Made when there is first a mix to show: a ticket page seldom has three tickets on screen. */
  let made: { host: HTMLElement; box: HTMLElement } | undefined;
  const make = () => {
    const host = doc.createElement('throughline-mix');
    host.style.cssText = importantStyle([
      'all:initial',
      'position:fixed',
      `right:${spot.right}px`,
      `bottom:${spot.bottom + 36}px`,
      'z-index:2147483644',
      'pointer-events:none',
      `font-family:${pageFontFamily(doc)}`,
    ]);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const box = doc.createElement('div');
    box.setAttribute('role', 'img');
    if (theme === 'dark') box.className = 'dark';
    root.append(style, box);
    return { host, box };
  };
  signal.addEventListener('abort', () => made?.host.remove(), { once: true });
  let drawn = '';

  return (summaries, buckets) => {
    if (signal.aborted) return;
    if (summaries.length < STRIP_MIN_TICKETS) {
      made?.host.remove();
      drawn = '';
      return;
    }
    made ??= make();
    const { host, box } = made;
    const mix = mixAtAGlance(summaries, buckets);
    const { tagged, via, rule, none } = mix.from;
    const counts = pageWord('mixCounts', mix.tickets, tagged, via, rule, none);
    const shares = mix.rows
      .map((r) =>
        r.targetShare === undefined
          ? pageWord('mixShare', r.name, pct(r.share))
          : pageWord('mixShareTarget', r.name, pct(r.share), pct(r.targetShare)),
      )
      .join(', ');
    const label = pageWord('mixLabel', shares || pageWord('mixNoBuckets'), counts);
    if (label !== drawn) {
      drawn = label;
      box.setAttribute('aria-label', label);
      const bar = (share: (row: (typeof mix.rows)[number]) => number, className: string) => {
        const element = doc.createElement('span');
        element.className = className;
        element.setAttribute('aria-hidden', 'true');
        for (const row of mix.rows) {
          const part = doc.createElement('span');
          part.style.width = pct(share(row));
          if (isBucketColor(row.color)) part.style.background = row.color;
          part.title = row.name;
          element.append(part);
        }
        return element;
      };
      const title = doc.createElement('span');
      title.setAttribute('aria-hidden', 'true');
      title.textContent = pageWord('mixShown', mix.tickets, tagged, via, rule, none);
      box.replaceChildren(
        title,
        bar((r) => r.share, 'bar'),
        bar((r) => r.targetShare ?? 0, 'bar target'),
      );
    }
    if (!host.isConnected) doc.documentElement.append(host);
  };
}
