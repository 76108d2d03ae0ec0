/**
 * Reads the ticket's title now and, until the page has rendered it, again a few times over the
 * next seconds and whenever the tab's title changes. Bounded on purpose: a handful of cheap reads,
 * no observer on the document, and it stops at the first title, on `signal`, or after the last try.
 */

/** When to read again after the first try, in ms since it: roughly doubling, ≈ 6 s in all. */
export const TITLE_RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1600, 3200, 6400] as const;

export function readTitleWhenRendered(
  win: Window,
  read: () => string | undefined,
  onTitle: (title: string) => void,
  signal: AbortSignal,
): void {
  const done = new AbortController();
  const stop = () => done.abort();
  signal.addEventListener('abort', stop, { once: true, signal: done.signal });

  const attempt = () => {
    if (done.signal.aborted) return;
    let title: string | undefined;
    try {
      title = read();
    } catch {
      title = undefined; // a page we cannot read simply gets no title
    }
    if (title === undefined) return;
    stop();
    onTitle(title);
  };

  attempt();
  if (done.signal.aborted) return;

  const timers = TITLE_RETRY_DELAYS_MS.map((delay, index) =>
    win.setTimeout(() => {
      attempt();
      if (index === TITLE_RETRY_DELAYS_MS.length - 1) stop();
    }, delay),
  );
  const titleElement = win.document.querySelector('head > title');
  const observer =
    titleElement && typeof MutationObserver !== 'undefined' ? new MutationObserver(attempt) : null;
  observer?.observe(titleElement as Node, { childList: true, characterData: true, subtree: true });
  done.signal.addEventListener(
    'abort',
    () => {
      for (const timer of timers) win.clearTimeout(timer);
      observer?.disconnect();
    },
    { once: true },
  );
}
