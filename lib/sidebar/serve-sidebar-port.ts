import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';
import type { ThroughlineDb } from '../db/database';
import {
  SIDEBAR_PORT,
  SidebarSubscribeSchema,
  type SidebarUpdate,
} from '../messaging/sidebar-port';
import { sidebarStateFor } from './state';

/**
 * Worker side of the sidebar port: for the ticket the frame subscribes to, push the sidebar state
 * now and after every change in the store that affects it (Dexie's liveQuery tracks the reads).
 */
export function serveSidebarPort(
  db: ThroughlineDb,
  port: Browser.runtime.Port,
  extensionId: string,
): void {
  // The frame may be embedded anywhere (self-hosted trackers need it), but the browser tells us the
  // top-level page's URL only where we hold host access: trackers and sites the person added.
  // Everywhere else the frame gets nothing to show.
  const embeddedWhereAllowed =
    port.sender?.tab === undefined || typeof port.sender.tab.url === 'string';
  if (port.name !== SIDEBAR_PORT || port.sender?.id !== extensionId || !embeddedWhereAllowed) {
    port.disconnect();
    return;
  }
  let subscription: Subscription | undefined;
  port.onMessage.addListener((message: unknown) => {
    const request = SidebarSubscribeSchema.safeParse(message);
    if (!request.success) return;
    const { ticketId } = request.data;
    subscription?.unsubscribe();
    subscription = liveQuery(() => sidebarStateFor(db, ticketId)).subscribe({
      next: (state) => {
        const update: SidebarUpdate = { type: 'state', ticketId, state };
        try {
          port.postMessage(update);
        } catch {
          subscription?.unsubscribe();
        }
      },
    });
  });
  port.onDisconnect.addListener(() => subscription?.unsubscribe());
}
