import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SIDEBAR_PORT, SidebarUpdateSchema } from '../../lib/messaging/sidebar-port';
import type { SidebarState } from '../../lib/sidebar/state-schema';

const RECONNECT_MS = 300;
/** A port closed before any answer was refused (no valid token): ask again only slowly. */
const REFUSED_RETRY_MS = 10_000;

/**
 * The sidebar's state for one ticket, pushed live by the worker over a port. The worker may be
 * stopped at any time (MV3); the port then closes and the frame reconnects, which wakes it. The
 * frame presents the token its content script put in the hash (lib/sidebar/frame-bindings.ts).
 */
export function useSidebarState(
  ticketId: string | undefined,
  token: string | undefined,
  title?: string,
): SidebarState | undefined {
  const [update, setUpdate] = useState<{ ticketId: string; state: SidebarState }>();
  useEffect(() => {
    if (!ticketId || !token) return;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const open = () => {
      let answered = false;
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((message: unknown) => {
        const parsed = SidebarUpdateSchema.safeParse(message);
        answered = true;
        if (parsed.success && parsed.data.ticketId === ticketId) setUpdate(parsed.data);
      });
      port.onDisconnect.addListener(() => {
        if (!closed) retry = setTimeout(open, answered ? RECONNECT_MS : REFUSED_RETRY_MS);
      });
      port.postMessage({ type: 'subscribe', ticketId, token, ...(title ? { title } : {}) });
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, [ticketId, token, title]);
  return update && update.ticketId === ticketId ? update.state : undefined;
}
