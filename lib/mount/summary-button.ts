import {
  contextWords,
  hasContext,
  isBucketColor,
  summaryLabel,
  type TicketSummary,
} from '../summary/ticket-summary';
import type { HostTheme } from './host-theme';
import { importantStyle } from './important-style';
import { pageFontFamily } from './page-font';
import { contextWordsOnPage, pageWord } from './page-words';
import STYLE from './summary-button.css?inline';

/** Where the summary sits: fixed to the bottom-right corner, this far from the edges (px). */
export interface SummarySpot {
  right: number;
  bottom: number;
}

export interface SummaryButton {
  /** Draws `summary`; the element enters the page only once it has something to say. */
  show(summary: TicketSummary): void;
  /** Takes the element out of the page (the sidebar is open, or no ticket is shown). */
  hide(): void;
  focus(): void;
  remove(): void;
}

const HOST_TAG = 'throughline-summary';

/**
 * The compact summary on every ticket page (DESIGN.md "Ticket summary"): a button in a closed
 * shadow root, fixed to a corner so the page never reflows around it. Text only (`textContent`),
 * so a hostile title or bucket name stays text. If the page's own rendering removes it, it comes
 * back (one observer on the root element's children: cheap, and never a second copy).
 */
export function createSummaryButton(options: {
  doc: Document;
  spot: SummarySpot;
  theme: HostTheme;
  onActivate(): void;
  /** A press on it began, and one may have ended without activating it: TicketSurfaces.prepare. */
  onPress?(): void;
  onPressEnd?(): void;
  signal: AbortSignal;
}): SummaryButton {
  const { doc, spot, theme, onActivate, signal } = options;
  /** Made when there is first something to show: a list page shows no ticket, and never needs it. */
  let made: { host: HTMLElement; button: HTMLButtonElement } | undefined;
  const make = () => {
    const host = doc.createElement(HOST_TAG);
    host.style.cssText = importantStyle([
      'all:initial',
      'position:fixed',
      `right:${spot.right}px`,
      `bottom:${spot.bottom}px`,
      'z-index:2147483645',
      `font-family:${pageFontFamily(doc)}`,
    ]);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const button = doc.createElement('button');
    button.type = 'button';
    if (theme === 'dark') button.className = 'dark';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      onActivate();
    });
    // A press that leaves the button (or is cancelled) makes no click on it. Listeners, not `on…`
    // properties, which Firefox's Xray wrappers have not always passed to the page's element.
    button.addEventListener('pointerdown', (event) => event.button === 0 && options.onPress?.());
    for (const type of ['pointerleave', 'pointercancel'])
      button.addEventListener(type, () => options.onPressEnd?.());
    root.append(style, button);
    return { host, button };
  };

  let shown = false;
  const keepInPage = new MutationObserver(() => {
    if (shown && made && !made.host.isConnected) doc.documentElement.append(made.host);
  });
  const attach = (host: HTMLElement) => {
    shown = true;
    if (!host.isConnected) doc.documentElement.append(host);
    keepInPage.observe(doc.documentElement, { childList: true });
  };
  const detach = () => {
    shown = false;
    keepInPage.disconnect();
    made?.host.remove();
  };
  signal.addEventListener('abort', detach, { once: true });

  return {
    show(summary) {
      if (signal.aborted) return;
      made ??= make();
      draw(doc, made.button, summary);
      attach(made.host);
    },
    hide: detach,
    focus: () => made?.button.focus(),
    remove: detach,
  };
}

function draw(doc: Document, button: HTMLButtonElement, summary: TicketSummary): void {
  const words = contextWordsOnPage();
  const label = summaryLabel(summary, words);
  button.setAttribute('aria-label', label);
  button.title = `${label}. ${pageWord('openHint')}`;
  const dot = doc.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  const color = summary.bucket?.color;
  if (isBucketColor(color)) {
    dot.className = 'dot filled';
    dot.style.background = color;
  }
  const text = doc.createElement('span');
  text.className = 'text';
  text.setAttribute('aria-hidden', 'true');
  const lead = doc.createElement('span');
  lead.className = 'lead';
  if (!hasContext(summary)) {
    lead.textContent = words.prefix;
    text.append(lead, ` · ${contextWords(summary, words)}`);
  } else if (summary.bucket && (summary.goal ?? summary.intent)) {
    lead.textContent = summary.bucket.name;
    text.append(lead, ` · ${summary.goal ?? summary.intent}`);
  } else {
    lead.textContent = contextWords(summary, words);
    text.append(lead);
  }
  button.replaceChildren(dot, text);
}
