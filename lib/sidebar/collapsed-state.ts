import { storedSetting } from '../settings/stored-setting';

/**
 * Whether the person collapsed the sidebar to its launcher, remembered across pages and restarts.
 * Kept in extension storage (not the page's, not IndexedDB): the content script reads it to size
 * the frame, the frame and the worker (Alt+Shift+T) write it. No secrets here.
 */
export const sidebarCollapsed = storedSetting<boolean>({
  key: 'throughline.sidebar.v1',
  read: (stored) => (stored as { collapsed?: unknown } | null | undefined)?.collapsed === true,
  write: (collapsed) => ({ collapsed }),
});

export const readCollapsed = () => sidebarCollapsed.load();

/** Calls `onChange` whenever any context changes the state; stops with `signal`. */
export function watchCollapsed(onChange: (collapsed: boolean) => void, signal?: AbortSignal): void {
  sidebarCollapsed.watch(onChange, signal ?? new AbortController().signal);
}

/** Alt+Shift+T, in the worker: flips the stored state, which every open sidebar follows. */
export async function toggleCollapsed(): Promise<void> {
  await sidebarCollapsed.save(!(await sidebarCollapsed.load()));
}
