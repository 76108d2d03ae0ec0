import type { TrackerContent } from '../../trackers/adapter';
import type { TrackerUrlOptions } from '../../trackers/types';
import type { HostTheme } from '../host-theme';
import { runBoardMarks, type BoardMarks } from './board-marks';
import { createMarksClient } from './marks-client';
import { createMixStrip } from './mix-strip';
import { linkParser } from './ticket-links';
import { toUrl } from '../../trackers/to-url';
import { intersectionVisibility } from './visibility';

/** Chromium and Firefox (ESR too) both have it; the marks are never drawn anywhere else. */
const whenIdle = (run: () => void) => requestIdleCallback(run, { timeout: 100 });

/**
 * Marks on every page of a tracker (boards, lists, and the links in a ticket page), with the mix
 * strip; called once the page has loaded and is idle. Everything it sets up dies with `signal`.
 */
export function startBoardMarks(options: {
  tracker: TrackerContent;
  hosts: TrackerUrlOptions;
  theme: HostTheme;
  signal: AbortSignal;
}): void {
  const { tracker, hosts, theme, signal } = options;
  try {
    const client = createMarksClient((changed) => marks.receive(changed), signal);
    const strip = createMixStrip(document, tracker.summarySpot, theme, signal);
    const marks: BoardMarks = runBoardMarks({
      doc: document,
      parse: linkParser(tracker, hosts, location.hostname),
      shownTicket: () => {
        const url = toUrl(location.href);
        return (url && tracker.parseUrl(url, hosts)?.id) ?? undefined;
      },
      theme,
      watch: (ids) => client.watch(ids),
      visibility: intersectionVisibility(),
      whenIdle,
      onVisible: strip,
      signal,
    });
    signal.addEventListener('abort', () => client.unwatch(), { once: true });
  } catch {
    // Never thrown into the host page: without marks the page works as before.
  }
}
