import { ticketHash, type FrameTicket } from '../sidebar/ticket-hash';
import { hostStyle, REFLOW_CSS } from './sidebar-layout';

type ShownTicket = Omit<FrameTicket, 'token'>;

export interface SidebarFrame {
  /**
   * Shows the frame for `ticket`. `withPage` is for a frame that comes with the page (someone
   * keeps the sidebar open): it is made once the worker has issued its token, so it is navigated
   * once, and the page is narrowed in the task that makes it, laid out beside the panel in the
   * frame the panel appears in. A frame a person opens loads at once and docks after its first
   * paint.
   */
  show(ticket: ShownTicket, withPage?: boolean): void;
  /**
   * Loads the frame for `ticket` unseen, while a press on the summary is still down: its click
   * then only reveals what has loaded in the meantime (`show`). Nothing is shown, docked or
   * focusable until then; a press that ends in no click is undone by `remove`.
   */
  prepare(ticket: ShownTicket): void;
  /** Whether the frame (or something in it) has the keyboard focus. */
  hasFocus(): boolean;
  remove(): void;
}

const HOST_TAG = 'throughline-sidebar';
const REFLOW_ID = 'throughline-reflow';

/**
 * The host page only ever sees an empty custom element: the frame lives in a closed shadow root and
 * its content is an extension page, so no context text enters the page's DOM. Made when someone
 * opens the sidebar, removed when they close it: a frame costs the page 30–50 ms (DESIGN.md).
 */
export function createSidebarFrame(
  frameUrl: string,
  doc: Document = document,
  theme?: FrameTicket['theme'],
  /** The worker's token for a ticket (request-frame-token.ts); the frame is shown once it comes. */
  requestToken?: (ticketId: string) => Promise<string | undefined>,
): SidebarFrame {
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let shownSrc = '';
  let loadedSrc: string | undefined;
  let latest: ShownTicket | undefined;
  let tokenFor: { id: string; token: Promise<string | undefined> } | undefined;
  /** Whether the frame is seen: not while it is prepared on a press (`prepare`). */
  let seen = true;
  /** The frame comes with the page (`show`'s `withPage`): made with its token, docked as made. */
  let comesWithPage = false;

  function mount(src: string): HTMLIFrameElement {
    host = doc.createElement(HOST_TAG);
    host.style.cssText = seen ? hostStyle() : `${hostStyle()};visibility:hidden!important`;
    const root = host.attachShadow({ mode: 'closed' });
    const iframe = doc.createElement('iframe');
    iframe.title = 'Throughline';
    iframe.src = src;
    iframe.style.cssText =
      'border:0;border-left:1px solid rgba(127,127,127,.35);width:100%;height:100%;display:block;color-scheme:normal';
    root.append(iframe);
    doc.documentElement.append(host);
    if (comesWithPage) reflow();
    return iframe;
  }

  /**
   * The page is narrowed beside the panel once the frame is seen and its first document has
   * loaded, in the next animation frame, not in the click that opens it: on a large page that
   * reflow takes the page's main thread for tens of milliseconds, and done at once it comes
   * before the frame's first paint reaches the screen. Till then the panel lies over the page's
   * right edge.
   */
  function dock(iframe: HTMLIFrameElement) {
    requestAnimationFrame(() => {
      if (frame === iframe) reflow();
    });
  }

  // Not `frame.src = src`: every navigation of a frame, even of its hash, adds an entry to the
  // tab's joint session history, and the page's Back button would step through our tickets.
  function replaceIn(target: HTMLIFrameElement, src: string) {
    try {
      target.contentWindow?.location.replace(src);
    } catch {
      target.src = src;
    }
  }

  function reflow() {
    const existing = doc.getElementById(REFLOW_ID);
    if (!host) return existing?.remove();
    if (existing) return;
    const style = doc.createElement('style');
    style.id = REFLOW_ID;
    style.textContent = REFLOW_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }

  function render(ticket: ShownTicket & { token?: string }) {
    const src = `${frameUrl}${ticketHash({ ...ticket, theme })}`;
    if (!frame) {
      const mounted = mount(src);
      frame = mounted;
      shownSrc = src;
      loadedSrc = undefined;
      // Until its first document has loaded, a replace would not replace: it would leave the
      // frame's initial entry in the tab's history, and Back would blank the sidebar.
      mounted.addEventListener('load', () => {
        if (frame !== mounted || loadedSrc !== undefined) return;
        loadedSrc = src;
        if (seen) dock(mounted);
        if (shownSrc !== src) replaceIn(mounted, shownSrc);
      });
      return;
    }
    if (src === shownSrc) return;
    shownSrc = src;
    if (loadedSrc !== undefined) replaceIn(frame, src);
  }

  /** The frame for `ticket`, with its token when the worker has issued it. */
  function load(ticket: ShownTicket) {
    if (!requestToken) return render(ticket);
    latest = ticket;
    // One token per ticket shown: a title read later reuses it, another ticket asks again.
    if (tokenFor?.id !== ticket.id)
      tokenFor = { id: ticket.id, token: requestToken(ticket.id).catch(() => undefined) };
    const asked = tokenFor;
    // A person's first frame loads while the worker issues its token (the frame asks for
    // nothing without one, and gets it in its hash when it comes): their click paints the
    // sidebar that much sooner. One that comes with the page waits for the token, so the frame
    // is navigated once, not twice. A frame already open keeps its ticket until the next one's
    // token comes, rather than flash "Loading…".
    if (!frame && !comesWithPage) render(ticket);
    void asked.token.then((token) => {
      if (latest === ticket && tokenFor === asked) render({ ...ticket, token });
    });
  }

  return {
    show(ticket, withPage) {
      if (!seen && host && frame) {
        seen = true;
        host.style.cssText = hostStyle();
        if (loadedSrc !== undefined) dock(frame);
      }
      comesWithPage = !!withPage && seen;
      load(ticket);
    },
    prepare(ticket) {
      if (frame) return;
      seen = false;
      load(ticket);
    },
    hasFocus() {
      return host !== undefined && doc.activeElement === host;
    },
    remove() {
      latest = undefined;
      tokenFor = undefined;
      doc.getElementById(REFLOW_ID)?.remove();
      host?.remove();
      host = undefined;
      frame = undefined;
      shownSrc = '';
      seen = true;
      comesWithPage = false;
    },
  };
}
