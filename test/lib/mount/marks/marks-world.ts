import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { runBoardMarks, type BoardMarks } from '../../../../lib/mount/marks/board-marks';
import { MARK_TAG } from '../../../../lib/mount/marks/mark-element';
import { linkParser } from '../../../../lib/mount/marks/ticket-links';
import type { WatchVisibility } from '../../../../lib/mount/marks/visibility';
import type { TicketSummary } from '../../../../lib/summary/ticket-summary';
import type { TrackerAdapter } from '../../../../lib/trackers/adapter';
import { rememberPageWords } from '../../../../lib/mount/page-words';
import { englishPageWords } from '../english-page-words';

export const PAGES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pages');

/**
 * What is on screen, as a test says (jsdom has no layout, so no IntersectionObserver): each
 * observed element is shown once `onScreen` says it is, and hidden once it no longer is (or has
 * left the page), then and at each `scroll()`.
 */
function screen(onScreen: (element: Element) => boolean) {
  const watchers = new Set<{ targets: Set<Element>; notify(): void }>();
  const watch: WatchVisibility = (onChange) => {
    const targets = new Set<Element>();
    const shown = new Set<Element>();
    let due = false;
    const watcher = {
      targets,
      notify: () => {
        due = false;
        const now = new Set(
          [...targets].filter((target) => target.isConnected && onScreen(target)),
        );
        const entering = [...now].filter((target) => !shown.has(target));
        const leaving = [...shown].filter((target) => !now.has(target));
        for (const target of entering) shown.add(target);
        for (const target of leaving) shown.delete(target);
        if (entering.length > 0 || leaving.length > 0) onChange(entering, leaving);
      },
    };
    watchers.add(watcher);
    return {
      observe: (target) => {
        targets.add(target);
        if (!due) queueMicrotask(watcher.notify); // once for all observed in this task
        due = true;
      },
      unobserve: (target) => {
        targets.delete(target);
        shown.delete(target);
      },
      disconnect: () => watchers.delete(watcher),
    };
  };
  return {
    watch,
    scroll: () => watchers.forEach((watcher) => watcher.notify()),
    observed: () => [...watchers].reduce((count, watcher) => count + watcher.targets.size, 0),
  };
}

/**
 * A fixture page in jsdom (its own scripts run) with the marks running on it, answered from
 * `context` as the worker would answer (its summaries, by id). Closed shadow roots are reached the
 * way a test can: by keeping what `attachShadow` returns.
 */
export function marksWorld(
  file: string,
  url: string,
  tracker: TrackerAdapter,
  context: Map<string, TicketSummary>,
  /** What is on screen (everything unless said). */
  onScreen: (element: Element) => boolean = () => true,
) {
  const dom = new JSDOM(readFileSync(join(PAGES, file), 'utf8'), {
    url,
    runScripts: 'dangerously',
  });
  const win = dom.window;
  // jsdom has no layout: where a mark goes is for the browser e2e (test/e2e/marks.e2e.ts).
  win.Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = win.Element.prototype.attachShadow;
  win.Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  const asked: string[][] = [];
  /** Every `href` the marks read, in order: what a change to the page costs them. */
  const parsed: string[] = [];
  const parseLink = linkParser(tracker, {}, new URL(url).hostname);
  const titles: Map<string, string | null>[] = [];
  const controller = new win.AbortController(); // the page's own: jsdom checks the realm
  const shown = screen(onScreen);
  /** The tickets the marks last called visible (what the mix strip counts). */
  let visible: string[] = [];
  const marks: BoardMarks = runBoardMarks({
    doc: win.document,
    parse: (href) => {
      parsed.push(href);
      return parseLink(href);
    },
    // As start-board-marks.ts does: the ticket the page's URL shows.
    shownTicket: () => tracker.parseUrl(new URL(win.location.href), {})?.id,
    theme: 'light',
    watch: async (tickets) => {
      const ids = [...tickets.keys()];
      asked.push(ids);
      titles.push(new Map(tickets));
      rememberPageWords(englishPageWords()); // as marks-client.ts does with each answer
      return {
        summaries: ids.map((id) => context.get(id) ?? { ticketId: id }),
        buckets: [],
      };
    },
    visibility: shown.watch,
    whenIdle: (run) => setTimeout(run, 0),
    onVisible: (summaries) => (visible = summaries.map((summary) => summary.ticketId)),
    signal: controller.signal,
  });

  /** Each mark on the page: the link it follows and its accessible name. */
  const drawn = () =>
    [...win.document.querySelectorAll(MARK_TAG)].map((host) => {
      const mark = roots.get(host)?.querySelector('[role="img"]');
      const link = host.previousElementSibling as HTMLAnchorElement | null;
      return {
        href: link?.getAttribute('href'),
        name: mark?.getAttribute('aria-label'),
        text: mark?.textContent,
        elements: mark ? [...mark.querySelectorAll('*')].map((e) => e.localName) : [],
      };
    });
  return {
    win,
    marks,
    asked,
    titles,
    parsed,
    drawn,
    /** Shows what `onScreen` now says is on screen. */
    scroll: shown.scroll,
    /** How many elements the marks watch for the screen. */
    observed: shown.observed,
    visible: () => visible,
    stop: () => controller.abort(),
    close: () => {
      controller.abort(); // as the page's unload ends the content script, before the window goes
      win.close();
    },
  };
}
