/**
 * Tells `onChange` the page's new URL after an in-app navigation (history.pushState/replaceState,
 * back and forward, fragment changes): once per task however many history calls the page made in
 * it, and only when the URL really changed. Everything it registers dies with `signal`.
 *
 * Why not WXT's `wxt:locationchange`: it listens to the Navigation API's `navigate` event, which
 * fires before the new URL commits (so `location.href` is still the old one), and arrived about
 * 100 ms after a pushState in our measurements (shared/MACHINE-NOTES.md). `currententrychange`
 * fires right after the commit, in the same task as the page's history call.
 */
export function watchLocation(
  win: Window,
  signal: AbortSignal,
  onChange: (href: string) => void,
): void {
  let last = win.location.href;
  let pending = false;
  const flush = () => {
    pending = false;
    if (signal.aborted) return;
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  // Deferred to a task of its own: the page finishes its own navigation work first, and a push
  // followed by a replace (Jira does this when it opens an issue) is one change, not two.
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    win.setTimeout(flush, 0);
  };

  const navigation = (win as WindowWithNavigation).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', schedule, { signal });
    return;
  }
  // Without the Navigation API a content script cannot see the page's pushState. Back/forward and
  // fragment changes have events; the trackers retitle the tab on every route change, so a change
  // of the <title> element is the next best signal; a slow check of the URL string catches the rest.
  win.addEventListener('popstate', schedule, { signal });
  win.addEventListener('hashchange', schedule, { signal });
  watchTitleElement(win.document, signal, schedule);
  const interval = win.setInterval(schedule, 1000);
  signal.addEventListener('abort', () => win.clearInterval(interval), { once: true });
}

/** Calls `onChange` when the document's title text changes (only the <title> element is watched). */
function watchTitleElement(doc: Document, signal: AbortSignal, onChange: () => void): void {
  const title = doc.querySelector('head > title');
  if (!title || typeof MutationObserver === 'undefined') return;
  const observer = new MutationObserver(onChange);
  observer.observe(title, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** The part of the Navigation API we use; TypeScript's DOM library does not declare it yet. */
interface WindowWithNavigation {
  navigation?: {
    addEventListener(
      type: 'currententrychange',
      listener: () => void,
      options?: AddEventListenerOptions,
    ): void;
  };
}
