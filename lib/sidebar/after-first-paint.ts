/** How long to wait for a paint that may never be reported (a hidden frame, no paint timing). */
const FALLBACK_MS = 250;

/**
 * Calls `run` once the document's first paint is on screen (its `first-paint` or
 * `first-contentful-paint` entry), else after `FALLBACK_MS`. Why not the next animation frame: in
 * a frame inside a tracker page, the paint reaches the screen only when the page itself presents
 * a frame showing it, tens of milliseconds later on a busy machine; work started in between
 * competes with that for the CPU and holds the paint back (`npm run bench`, summary → sidebar).
 */
export function afterFirstPaint(
  run: () => void,
  win: Pick<typeof globalThis, 'PerformanceObserver' | 'setTimeout' | 'clearTimeout'> = globalThis,
): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    win.clearTimeout(fallback);
    run();
  };
  const fallback = win.setTimeout(once, FALLBACK_MS);
  let observer: PerformanceObserver | undefined;
  try {
    const paints = new win.PerformanceObserver((list) => {
      if (list.getEntries().length > 0) once();
    });
    observer = paints;
    paints.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the fallback runs it.
  }
}
