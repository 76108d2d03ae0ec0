/**
 * The font family the page's text is set in (its body's). The summary and the mix strip use it,
 * and the marks inherit their row's: they read as part of the tracker, and they draw with a font
 * the page has already loaded. A family of their own costs the page's renderer a font lookup on
 * every ticket page (measured on the saved GitHub issue: the summary's first layout took 1.8 ms in
 * `system-ui`, 1.0 ms in the page's family, and half the wait for a core).
 */
export function pageFontFamily(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  return (root && doc.defaultView?.getComputedStyle(root).fontFamily) || 'system-ui';
}
