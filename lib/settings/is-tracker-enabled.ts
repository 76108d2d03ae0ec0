/**
 * Where the tracker switches live (`{ off: ['linear'] }`), and how content scripts read them
 * (start-settings.ts). Apart from trackers-enabled.ts because a content script must not import the tracker
 * registry: it knows its own tracker only.
 */
export const TRACKERS_ENABLED_KEY = 'throughline.trackers.v1';

/** Whether `system` is on in switches stored as `{ off: [...] }` (or nothing: all on). */
export function switchedOn(stored: unknown, system: string): boolean {
  const off = (stored as { off?: unknown } | null | undefined)?.off;
  return !(Array.isArray(off) && off.includes(system));
}
