import { ticketUrl } from '../../../lib/search/ticket-url';
import { FrameBindings } from '../../../lib/sidebar/frame-bindings';

export const TAB = 7;
export const CONTENT_FRAME = 0;
export const SIDEBAR_FRAME = 12;

/** The content script of the ticket's page in tab 7, as the browser describes it to the worker. */
export function contentScriptOf(ticketId: string, tabId = TAB) {
  const url = ticketUrl(ticketId)!;
  return { id: 'ext', url, frameId: CONTENT_FRAME, tab: { id: tabId, url } };
}

/** The sidebar frame that content script mounted, as the browser describes it to the worker. */
export function sidebarFrameSender(tabId = TAB, frameId = SIDEBAR_FRAME) {
  return {
    id: 'ext',
    url: 'chrome-extension://ext/sidebar.html#id=x',
    frameId,
    tab: { id: tabId },
  };
}

/** Worker-side bindings and a token the ticket's own content script was issued. */
export async function issuedToken(ticketId: string, bindings = new FrameBindings()) {
  const token = await bindings.issue(contentScriptOf(ticketId), ticketId, {});
  if (!token) throw new Error(`no token for ${ticketId}`);
  return { bindings, token };
}
