import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SIDEBAR_PORT, SidebarUpdateSchema } from '../../lib/messaging/sidebar-port';
import type { SidebarState } from '../../lib/sidebar/state';

const RECONNECT_MS = 300;

/**
 * The sidebar's state for one ticket, pushed live by the worker over a port. The worker may be
 * stopped at any time (MV3); the port then closes and the frame reconnects, which wakes it.
 */
export function useSidebarState(ticketId: string | undefined): SidebarState | undefined {
  const [update, setUpdate] = useState<{ ticketId: string; state: SidebarState }>();
  useEffect(() => {
    if (!ticketId) return;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    const open = () => {
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((message: unknown) => {
        const parsed = SidebarUpdateSchema.safeParse(message);
        if (parsed.success && parsed.data.ticketId === ticketId) setUpdate(parsed.data);
      });
      port.onDisconnect.addListener(() => {
        if (!closed) retry = setTimeout(open, RECONNECT_MS);
      });
      port.postMessage({ type: 'subscribe', ticketId });
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      port?.disconnect();
    };
  }, [ticketId]);
  return update && update.ticketId === ticketId ? update.state : undefined;
}
