import { browser } from 'wxt/browser';

/**
 * Keeps a value in `storage.session`: in memory, never on disk, gone when the browser closes, and
 * still there when the MV3 worker is stopped and started again. Falls back to memory where the
 * browser has no session storage.
 */
export function sessionPersist(key: string) {
  let memory: unknown;
  const area = browser.storage.session;
  return {
    load: async (): Promise<unknown> => (area ? (await area.get(key))[key] : memory),
    save: async (value: unknown): Promise<void> => {
      if (area) await area.set({ [key]: value });
      else memory = value;
    },
  };
}
