import { browser } from 'wxt/browser';

/**
 * Whether the person collapsed the sidebar to its launcher, remembered across pages and restarts.
 * Kept in extension storage (not the page's, not IndexedDB): the content script reads it to size
 * the frame, and the frame, which has no web storage when embedded, writes it. No secrets here.
 */
const KEY = 'throughline.sidebar.v1';

export async function readCollapsed(): Promise<boolean> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as { collapsed?: unknown } | undefined;
  return stored?.collapsed === true;
}

export async function writeCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: { collapsed } });
}

/** Calls `onChange` whenever any context changes the state; stops with `signal`. */
export function watchCollapsed(onChange: (collapsed: boolean) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY]?.newValue as { collapsed?: unknown } | undefined;
    onChange(value?.collapsed === true);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
