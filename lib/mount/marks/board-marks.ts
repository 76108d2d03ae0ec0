import { hasContext, type TicketSummary } from '../../summary/ticket-summary';
import type { MixBucket } from '../../marks/mix-at-a-glance';
import { MARKS_WATCH_MAX } from '../../marks/marks-limits';
import type { HostTheme } from '../host-theme';
import { createMark, type Mark } from './mark-element';
import type { MarksAnswer } from './marks-client';
import {
  anchorsByRow,
  anchorsOfRow,
  markedTicketOf,
  rowOf,
  rowsAndLooseLinks,
  ROW_SELECTOR,
  type ParseLink,
} from './ticket-links';
import type { WatchVisibility } from './visibility';

export interface BoardMarksOptions {
  doc: Document;
  parse: ParseLink;
  /** The ticket the page itself shows, if any (its breadcrumb and tabs get no mark). */
  shownTicket?(): string | undefined;
  theme: HostTheme;
  /** Asks the worker for these tickets' summaries (the whole watched list, ≤ MARKS_WATCH_MAX). */
  watch(tickets: ReadonlyMap<string, string | null>): Promise<MarksAnswer | null>;
  visibility: WatchVisibility;
  /** The idle moment to draw in (requestIdleCallback in pages). */
  whenIdle(run: () => void): void;
  /** The visible tickets' summaries changed (for the mix strip). */
  onVisible?(summaries: TicketSummary[], buckets: MixBucket[]): void;
  signal: AbortSignal;
}

export interface BoardMarks {
  /** Summaries that changed in the worker (`summaries.changed` of kind 'marks'). */
  receive(summaries: TicketSummary[]): void;
}

/** A link's text, as the title rules and mentions read; null when it is only a key or a number. */
function titleOf(link: Element): string | null {
  const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  return text.length > 0 ? text : null;
}

/** Our own elements in the page (marks, the summary, the mix strip, the sidebar): no rows. */
const isOurs = (element: Element) => element.localName.startsWith('throughline-');

/** Reads every mark's place, then moves them all: one layout however many marks (mark-element.ts). */
function placeMarks(marks: readonly (readonly [Mark, Element])[]): void {
  const moves = marks.map(([mark, link]) => mark.measure(link));
  for (const move of moves) move();
}

/** Mutations are gathered this long before rows are read again (an SPA adds rows in bursts). */
const SETTLE_MS = 50;

/**
 * Marks beside ticket links on boards and lists (DESIGN.md "Marks on boards and lists"): one per
 * row and ticket, beside the ticket's first link in the row. One IntersectionObserver watches the
 * rows: a row is read when it first comes near the screen, and only the links of rows on screen
 * are asked about (one batched request per screenful) and drawn (at idle); one debounced
 * MutationObserver reads the rows an SPA adds or a virtualised list recycles (a link whose `href`
 * now names another ticket gets that ticket's mark). Marks of tickets without context are removed.
 */
export function runBoardMarks(options: BoardMarksOptions): BoardMarks {
  const { doc, parse, theme, signal } = options;
  /** For one read of the page: the page's own ticket is read once, not once per link. */
  const ticketOf = () => markedTicketOf(parse, options.shownTicket?.());
  const anchors = new Map<HTMLAnchorElement, string>();
  const rowAnchors = new WeakMap<Element, Set<HTMLAnchorElement>>();
  const visible = new Set<HTMLAnchorElement>();
  const marks = new Map<HTMLAnchorElement, Mark>();
  const summaries = new Map<string, TicketSummary>();
  let buckets: MixBucket[] = [];
  /** Watched ids and their titles as their links read, least recently seen first. */
  const watched = new Map<string, string | null>();
  /** Ids to ask about, with their links' text (the title rules and mentions read). */
  const toAsk = new Map<string, string | null>();
  let askScheduled = false;
  let drawScheduled = false;

  /**
   * Rows (and links in no row, each its own row) are watched, not each link: a row is read when it
   * first comes near the screen, so a list of 5,000 rows costs at start about what its first
   * screenfuls do (their links, not the page's 20,000), and its links are on screen while it is.
   */
  const rowsOnScreen = new Set<Element>();
  /** Watched rows: the observer holds them until they leave the page (swept on change). */
  const watchedRows = new Set<Element>();
  const visibility = options.visibility((shown, hidden) => {
    for (const row of hidden) {
      rowsOnScreen.delete(row);
      for (const link of rowAnchors.get(row) ?? []) visible.delete(link);
    }
    const unread = shown.filter((row) => !rowAnchors.has(row));
    for (const row of shown) rowsOnScreen.add(row);
    readRows(unread);
    for (const row of shown) for (const link of rowAnchors.get(row) ?? []) showLink(link);
    scheduleAsk();
    scheduleDraw();
  });
  const watchRow = (row: Element) => {
    if (watchedRows.has(row)) return;
    watchedRows.add(row);
    visibility.observe(row);
  };
  const unwatchRow = (row: Element) => {
    watchedRows.delete(row);
    rowsOnScreen.delete(row);
    visibility.unobserve(row);
    for (const link of rowAnchors.get(row) ?? []) forget(link);
    rowAnchors.delete(row);
  };
  /** A link of a row on screen: drawn, and its ticket asked about if it is new. */
  const showLink = (link: HTMLAnchorElement) => {
    const id = anchors.get(link);
    if (id === undefined || visible.has(link)) return;
    visible.add(link);
    if (!summaries.has(id)) toAsk.set(id, titleOf(link));
  };

  const scheduleAsk = () => {
    if (askScheduled || toAsk.size === 0 || signal.aborted) return;
    askScheduled = true;
    options.whenIdle(() => {
      askScheduled = false;
      void ask();
    });
  };

  const ask = async () => {
    if (signal.aborted || toAsk.size === 0) return;
    for (const [id, title] of toAsk) {
      watched.delete(id);
      watched.set(id, title);
    }
    toAsk.clear();
    while (watched.size > MARKS_WATCH_MAX) watched.delete(watched.keys().next().value as string);
    const answer = await options.watch(new Map(watched));
    if (!answer || signal.aborted) return;
    buckets = answer.buckets;
    for (const summary of answer.summaries) summaries.set(summary.ticketId, summary);
    scheduleDraw();
  };

  const scheduleDraw = () => {
    if (drawScheduled || signal.aborted) return;
    drawScheduled = true;
    options.whenIdle(() => {
      drawScheduled = false;
      if (!signal.aborted) draw();
    });
  };

  const dropMark = (link: HTMLAnchorElement) => {
    marks.get(link)?.host.remove();
    marks.delete(link);
  };

  /** Writes first (inserts), then reads (placement), so the page lays out once per draw. */
  const draw = () => {
    const placed: [Mark, HTMLAnchorElement][] = [];
    for (const [link, mark] of marks) {
      const id = anchors.get(link);
      const summary = summaries.get(mark.ticketId);
      if (!link.isConnected || id !== mark.ticketId || !summary || !hasContext(summary))
        dropMark(link);
      else mark.draw(summary);
    }
    for (const link of visible) {
      const id = anchors.get(link);
      const summary = id === undefined ? undefined : summaries.get(id);
      if (!link.isConnected || id === undefined) continue;
      if (!summary || !hasContext(summary)) {
        dropMark(link);
        continue;
      }
      let mark = marks.get(link);
      if (!mark) {
        mark = createMark(doc, id, theme);
        marks.set(link, mark);
      }
      mark.draw(summary);
      if (mark.host.previousSibling !== link || !mark.host.isConnected) {
        link.after(mark.host);
        placed.push([mark, link]);
      }
    }
    placeMarks(placed);
    options.onVisible?.(visibleSummaries(), buckets);
  };

  const visibleSummaries = () => {
    const ids = new Set<string>();
    for (const link of visible) {
      const id = anchors.get(link);
      if (id !== undefined && link.isConnected) ids.add(id);
    }
    return [...ids].map((id) => summaries.get(id)).filter((s) => s !== undefined);
  };

  /** A row's anchors now (`now`); the ones it lost, forgotten. */
  const applyRow = (row: Element, now: Map<HTMLAnchorElement, string>) => {
    for (const link of rowAnchors.get(row) ?? []) {
      if (now.has(link)) continue;
      forget(link);
    }
    rowAnchors.set(row, new Set(now.keys()));
    for (const [link, id] of now) {
      const was = anchors.get(link);
      if (was === id) continue;
      anchors.set(link, id);
      visible.delete(link); // a recycled link is asked about again, for the ticket it now shows
      if (rowsOnScreen.has(row)) showLink(link);
    }
  };

  const forget = (link: HTMLAnchorElement) => {
    anchors.delete(link);
    visible.delete(link);
    dropMark(link);
  };

  /** Reads the rows still in the page, and watches them (the ones it took out are swept). */
  const readRows = (rows: Iterable<Element>) => {
    const marked = ticketOf();
    for (const row of rows) {
      if (!row.isConnected) continue;
      applyRow(row, anchorsOfRow(row, marked));
      watchRow(row);
    }
    scheduleAsk();
    scheduleDraw();
  };

  // The page's links outside rows at once (few: navigation, breadcrumbs), its rows as they come on
  // screen; then only what changes.
  const { rows: pageRows, loose: pageLinks } = rowsAndLooseLinks(doc.documentElement);
  for (const [link, now] of anchorsByRow(pageLinks, ticketOf())) {
    applyRow(link, now);
    watchRow(link);
  }
  for (const row of pageRows) watchRow(row);

  let changedRows = new Set<Element>();
  /** Nodes left the page: the rows and links they took are forgotten. */
  let removed = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** A row read before is read again; one not read yet, when it comes on screen. */
  const changedRow = (row: Element) => {
    if (rowAnchors.has(row)) changedRows.add(row);
    else watchRow(row);
  };
  /**
   * The row a changed node sits in (a link, a row, or something inside one) is read again; a link
   * in no row is read at once.
   */
  const rowAround = (node: Node) => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!element || isOurs(element)) return;
    const around = element.closest(`a[href], ${ROW_SELECTOR}`);
    if (!around) return;
    const row = rowOf(around);
    if (row.localName === 'a') changedRows.add(row);
    else changedRow(row);
  };
  /**
   * So are the rows inside an added node, and its links in no row that are a ticket's (the node
   * itself is `rowAround`'s; rows that lost one are read through it, or swept when read).
   */
  const rowsWithin = (node: Node) => {
    if (node.nodeType !== 1 || isOurs(node as Element)) return;
    const { rows, loose } = rowsAndLooseLinks(node as Element);
    for (const row of rows) changedRow(row);
    for (const link of loose) if (parse(link.href) !== undefined) changedRows.add(link);
  };
  const observer = new (doc.defaultView ?? window).MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        rowAround(mutation.target);
        continue;
      }
      // Our own marks, summary, strip and sidebar coming and going change no row.
      const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
      if (nodes.every((node) => node.nodeType === 1 && isOurs(node as Element))) continue;
      // Not the links of the node whose children changed: that may be the whole page's body.
      rowAround(mutation.target);
      for (const node of mutation.addedNodes) {
        rowAround(node);
        rowsWithin(node);
      }
      if (mutation.removedNodes.length > 0) removed = true;
    }
    if ((changedRows.size === 0 && !removed) || settle !== undefined) return;
    settle = setTimeout(() => {
      settle = undefined;
      removed = false;
      if (signal.aborted) return;
      const rows = changedRows;
      changedRows = new Set();
      // Rows taken out of the page take their links with them (links a row lost, its reading).
      for (const row of watchedRows) if (!row.isConnected) unwatchRow(row);
      readRows(rows);
    }, SETTLE_MS);
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href'],
  });

  // A narrower window wraps titles differently: put the marks back at their links' ends.
  doc.defaultView?.addEventListener(
    'resize',
    () => options.whenIdle(() => placeMarks([...marks].map(([link, mark]) => [mark, link]))),
    { signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      visibility.disconnect();
      clearTimeout(settle);
      for (const link of [...marks.keys()]) dropMark(link);
    },
    { once: true },
  );

  return {
    receive(changed) {
      for (const summary of changed) summaries.set(summary.ticketId, summary);
      if (changed.length > 0) scheduleDraw();
    },
  };
}
