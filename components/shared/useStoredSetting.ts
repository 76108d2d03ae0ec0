import { useEffect, useState } from 'react';
import type { StoredSetting } from '../../lib/settings/stored-setting';

/**
 * A stored setting's value, kept current as any context changes it (undefined until loaded), and
 * a way to change it. Saving shows the new value at once; the change event confirms it.
 */
export function useStoredSetting<T>(
  setting: StoredSetting<T>,
): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const stop = new AbortController();
    void setting.load().then((loaded) => {
      if (!stop.signal.aborted) setValue(loaded);
    });
    setting.watch(setValue, stop.signal);
    return () => stop.abort();
  }, [setting]);
  const save = (next: T) => {
    setValue(next);
    void setting.save(next);
  };
  return [value, save];
}
