/**
 * The font family the page's text is set in (its body's). The summary and the mix strip use it,
 * and the marks inherit their row's: they read as part of the tracker, and they draw with a font
 * the page has already loaded. A family of their own costs the page's renderer a font lookup on
 * every ticket page, which on Linux waits for the browser process (README "Benchmarks": the
 * summary's layout on the saved GitHub issue, 4.4 ms of wall time in `system-ui`, 2.3 ms in the
 * page's family). A computed value: the browser quotes any family name that needs it, so in an
 * inline style it stays one declaration.
 */
export function pageFontFamily(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  return (root && doc.defaultView?.getComputedStyle(root).fontFamily) || 'system-ui';
}
