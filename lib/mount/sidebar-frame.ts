import { ticketHash, type FrameTicket } from '../sidebar/ticket-hash';

export interface SidebarFrame {
  show(ticket: FrameTicket): void;
  remove(): void;
}

export const SIDEBAR_WIDTH_PX = 360;
const HOST_TAG = 'throughline-sidebar';

/**
 * The host page only ever sees an empty custom element: the frame lives in a closed shadow root and
 * its content is an extension page, so no context text enters the page's DOM.
 */
export function createSidebarFrame(frameUrl: string, doc: Document = document): SidebarFrame {
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let shownSrc = '';

  function mount(src: string): HTMLIFrameElement {
    host = doc.createElement(HOST_TAG);
    host.style.cssText = [
      'all: initial',
      'position: fixed',
      'top: 0',
      'right: 0',
      'bottom: 0',
      `width: ${SIDEBAR_WIDTH_PX}px`,
      'z-index: 2147483646',
      'display: block',
    ]
      .map((rule) => `${rule} !important`)
      .join(';');
    const root = host.attachShadow({ mode: 'closed' });
    const iframe = doc.createElement('iframe');
    iframe.title = 'Throughline';
    iframe.src = src;
    iframe.style.cssText =
      'border: 0; border-left: 1px solid rgba(127,127,127,.35); width: 100%; height: 100%; display: block; color-scheme: normal;';
    root.append(iframe);
    doc.documentElement.append(host);
    return iframe;
  }

  return {
    show(ticket) {
      const src = `${frameUrl}${ticketHash(ticket)}`;
      if (!frame) {
        frame = mount(src);
        shownSrc = src;
        return;
      }
      if (src === shownSrc) return;
      shownSrc = src;
      // Not `frame.src = src`: every navigation of a frame, even of its hash, adds an entry to the
      // tab's joint session history, and the page's Back button would step through our tickets.
      try {
        frame.contentWindow?.location.replace(src);
      } catch {
        frame.src = src;
      }
    },
    remove() {
      host?.remove();
      host = undefined;
      frame = undefined;
      shownSrc = '';
    },
  };
}
