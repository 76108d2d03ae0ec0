import { storedSetting } from '../settings/stored-setting';

/**
 * Whether the person keeps the sidebar open, remembered across pages and restarts: closed (the
 * default) every ticket page shows only the summary; open, the sidebar frame opens by itself on
 * every ticket (DESIGN.md "Ticket summary"). Kept in extension storage (not the page's, not
 * IndexedDB): the content script reads it, the summary, the frame's close button and the worker
 * (Alt+Shift+T) write it. No secrets here.
 */
export const sidebarOpen = storedSetting<boolean>({
  key: 'throughline.sidebar.v2',
  read: readSidebarOpen,
  write: (open) => ({ open }),
});

/** What is stored under `sidebarOpen.key` means open only when it says so. */
export function readSidebarOpen(stored: unknown): boolean {
  return (stored as { open?: unknown } | null | undefined)?.open === true;
}

/** Alt+Shift+T, in the worker: flips the stored state, which every ticket page follows. */
export async function toggleSidebarOpen(): Promise<void> {
  await sidebarOpen.save(!(await sidebarOpen.load()));
}
