import { ticketHash, type FrameTicket } from '../sidebar/ticket-hash';
import { hostStyle, REFLOW_CSS } from './sidebar-layout';

export interface SidebarFrame {
  show(ticket: FrameTicket): void;
  /** Narrows the same frame to the launcher, or opens it again. */
  setCollapsed(collapsed: boolean): void;
  remove(): void;
}

const HOST_TAG = 'throughline-sidebar';
const REFLOW_ID = 'throughline-reflow';

/**
 * The host page only ever sees an empty custom element: the frame lives in a closed shadow root and
 * its content is an extension page, so no context text enters the page's DOM.
 */
export function createSidebarFrame(
  frameUrl: string,
  doc: Document = document,
  initiallyCollapsed = false,
  theme?: FrameTicket['theme'],
): SidebarFrame {
  let collapsed = initiallyCollapsed;
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let shownSrc = '';
  let loadedSrc: string | undefined;

  function mount(src: string): HTMLIFrameElement {
    host = doc.createElement(HOST_TAG);
    host.style.cssText = hostStyle(collapsed);
    const root = host.attachShadow({ mode: 'closed' });
    const iframe = doc.createElement('iframe');
    iframe.title = 'Throughline';
    iframe.src = src;
    iframe.style.cssText =
      'border: 0; border-left: 1px solid rgba(127,127,127,.35); width: 100%; height: 100%; display: block; color-scheme: normal;';
    root.append(iframe);
    doc.documentElement.append(host);
    reflow();
    return iframe;
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
    if (!host || collapsed) return existing?.remove();
    if (existing) return;
    const style = doc.createElement('style');
    style.id = REFLOW_ID;
    style.textContent = REFLOW_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }

  return {
    show(ticket) {
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
          if (shownSrc !== src) replaceIn(mounted, shownSrc);
        });
        return;
      }
      if (src === shownSrc) return;
      shownSrc = src;
      if (loadedSrc !== undefined) replaceIn(frame, src);
    },
    setCollapsed(next) {
      collapsed = next;
      if (host) host.style.cssText = hostStyle(collapsed);
      reflow();
    },
    remove() {
      doc.getElementById(REFLOW_ID)?.remove();
      host?.remove();
      host = undefined;
      frame = undefined;
      shownSrc = '';
    },
  };
}
