import { browser } from 'wxt/browser';

/**
 * One value kept in `browser.storage.local` under a versioned key: readable from content scripts
 * (no zod, no React here), heard by every context through `storage.onChanged`.
 */
export interface StoredSetting<T> {
  readonly key: string;
  /** The stored value, or the default when it is absent, malformed or storage fails. */
  load(): Promise<T>;
  save(value: T): Promise<void>;
  /** Calls `onChange` with each value any context saves, until `signal` aborts. */
  watch(onChange: (value: T) => void, signal: AbortSignal): void;
}

interface SettingShape<T> {
  key: string;
  /** Turns whatever is stored (possibly nothing, possibly from an older version) into a value. */
  read(stored: unknown): T;
  /** What is stored for a value; the value itself when omitted. */
  write?(value: T): unknown;
}

export function storedSetting<T>({ key, read, write }: SettingShape<T>): StoredSetting<T> {
  return {
    key,
    async load() {
      try {
        return read((await browser.storage.local.get(key))[key]);
      } catch {
        return read(undefined);
      }
    },
    async save(value) {
      await browser.storage.local.set({ [key]: write ? write(value) : value });
    },
    watch(onChange, signal) {
      if (signal.aborted) return;
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(read(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
        once: true,
      });
    },
  };
}
