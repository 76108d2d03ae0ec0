import { liveQuery, type Subscription } from 'dexie';
import type { Browser } from 'wxt/browser';
import type { ThroughlineDb } from '../db/database';
import {
  SIDEBAR_PORT,
  SidebarSubscribeSchema,
  type SidebarUpdate,
} from '../messaging/sidebar-port';
import { recordRecentTicket } from '../recent/record';
import type { FrameBindings } from './frame-bindings';
import { sidebarStateFor } from './state';

/**
 * Worker side of the sidebar port: for the ticket the frame subscribes to, push the sidebar state
 * now and after every change in the store that affects it (Dexie's liveQuery tracks the reads).
 */
export function serveSidebarPort(
  db: ThroughlineDb,
  port: Browser.runtime.Port,
  extensionId: string,
  bindings: FrameBindings,
): void {
  // sidebar.html can be embedded by any page (self-hosted trackers need that), so being our page
  // proves nothing: a frame is answered only with the token of the content script that made it,
  // for the ticket that token was issued for (frame-bindings.ts). Anything else is disconnected.
  if (port.name !== SIDEBAR_PORT || port.sender?.id !== extensionId) {
    port.disconnect();
    return;
  }
  let subscription: Subscription | undefined;
  port.onMessage.addListener(async (message: unknown) => {
    const request = SidebarSubscribeSchema.safeParse(message);
    if (!request.success) return;
    const { ticketId, token, title } = request.data;
    if (!(await bindings.accept(token, ticketId, port.sender ?? {}))) {
      subscription?.unsubscribe();
      port.disconnect();
      return;
    }
    // The ticket is shown: remember it for the popup's "Your recent tickets" (this browser only).
    // The summary records the same view too; a second report writes nothing (lib/recent/).
    void recordRecentTicket(db, { id: ticketId, title }).catch((error: unknown) =>
      console.warn('Throughline: recent ticket not recorded', error),
    );
    subscription?.unsubscribe();
    subscription = liveQuery(() => sidebarStateFor(db, ticketId, title)).subscribe({
      next: (state) => {
        const update: SidebarUpdate = { type: 'state', ticketId, state };
        try {
          port.postMessage(update);
        } catch {
          subscription?.unsubscribe();
        }
      },
      // A failed read must not leave the frame waiting in silence: say so where it can be seen.
      error: (error: unknown) => console.warn('Throughline: sidebar state failed', error),
    });
  });
  port.onDisconnect.addListener(() => subscription?.unsubscribe());
}
