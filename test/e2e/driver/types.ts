/**
 * What the shared end-to-end scenarios need from a browser, and no more: one scenario, run in
 * Chromium (Playwright over CDP) and in Firefox (puppeteer over WebDriver BiDi). Each browser's
 * quirks (extension URLs, frames inside closed shadow roots, what counts as a page error) stay in
 * its driver; the scenarios read as a person would use the product.
 */

/**
 * Something on screen: by ARIA role and accessible name (exact, its start with `prefix: true`, or
 * any name when left out), or by a piece of visible text.
 */
export type Target = { role: string; name?: string; prefix?: boolean } | { text: string };

/** A document the scenarios can look into: an extension page, a tracker page or the sidebar frame. */
export interface Scope {
  /** Whether some element matching the target is rendered and visible right now. */
  isVisible(target: Target): Promise<boolean>;
  /** Waits for the target to be visible (throws after `timeout` ms). */
  waitFor(target: Target, timeout?: number): Promise<void>;
  click(target: Target): Promise<void>;
  focus(target: Target): Promise<void>;
  /** Fills the text field with this accessible name (its label). */
  fill(label: string, value: string): Promise<void>;
  /** Runs a function in the document's own world (for the sidebar frame: the extension's). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface DriverPage extends Scope {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a script expression in the page, as the tracker's own code would. */
  run<R = unknown>(expression: string): Promise<R>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /**
   * The ticket summary the content script draws in its closed shadow root, or undefined while the
   * page shows none. `name` is its accessible name (the button whose name starts with
   * "Throughline"), where the browser's automation can read it: Chromium through the accessibility
   * tree; in Firefox nothing outside the page's content scripts reaches a closed shadow root, so
   * there only its presence is known and the name is checked by the Chromium run.
   */
  summary(): Promise<{ name?: string } | undefined>;
  /** Opens the sidebar from the summary, as a person would (a click; in Firefox, the keyboard). */
  activateSummary(): Promise<void>;
  /** The sidebar frame, once it is there (throws with "did not appear" after `timeout` ms). */
  sidebar(timeout?: number): Promise<Scope>;
  /** The sidebar frame's current URL, or undefined while the page has none. */
  sidebarUrl(): Promise<string | undefined>;
  screenshot(name: string): Promise<void>;
  /** Uncaught errors thrown by the page's or the extension's scripts, in order. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly browser: 'chromium' | 'firefox';
  /** A new tab; `initScript` runs in the page's world before its own scripts on every load. */
  newPage(initScript?: () => void): Promise<DriverPage>;
  /** Opens one of the extension's pages (`options.html`, `popup.html`) in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  close(): Promise<void>;
}
