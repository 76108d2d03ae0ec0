/**
 * Resolves at the first idle moment after the page's `load`: a frame inserted earlier delays the
 * host page's load event (measured: ≈ 90 ms on a GitHub issue page; DESIGN.md budgets).
 */
export function whenIdleAfterLoad(win: Window = window, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (signal?.aborted) return;
      if ('requestIdleCallback' in win) win.requestIdleCallback(() => resolve(), { timeout: 500 });
      else setTimeout(resolve, 0);
    };
    afterLoad(win, idle, signal);
  });
}

/** Runs `run` once the page has loaded: at once in a page that already has. */
export function afterLoad(win: Window, run: () => void, signal?: AbortSignal): void {
  if (win.document.readyState === 'complete') run();
  else win.addEventListener('load', run, { once: true, signal });
}
