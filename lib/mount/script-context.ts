import { browser } from 'wxt/browser';

/** What a tracker's content script needs of its context. */
export interface ScriptContext {
  /** Aborts when a newer copy of the script starts in the page, or the extension goes away. */
  readonly signal: AbortSignal;
  /** True once the signal aborted; also notices an extension that was updated or removed. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
}

/**
 * The content scripts' context in place of WXT's (wxt.config.ts points `wxt/utils/content-script-
 * context` here for content-script builds only). It keeps what WXT's does to stop an older copy of
 * the script when an update injects a new one: the same DOM event, under the same name, so a copy
 * built with WXT's context stops too. It leaves out the timers, the location watcher and the window
 * message WXT's carries, which every tracker page paid for in bytes and start time (`npm run
 * bench`, content-script rows and host cost). Named as WXT's, since WXT's entrypoint imports it.
 */
export class ContentScriptContext implements ScriptContext {
  private readonly controller = new AbortController();

  constructor(name: string) {
    // Says this copy started, and stops on hearing that a newer copy did (WXT's event and name).
    // Reading the extension's id builds the page's extension bindings: the build starts the whole
    // script after the page's `load` (build/start-after-load.ts), so `load` never waits for it.
    const id = Math.random().toString(36).slice(2);
    const started = `${browser.runtime?.id}:${name}:wxt:content-script-started`;
    document.dispatchEvent(
      new CustomEvent(started, { detail: { contentScriptName: name, messageId: id } }),
    );
    const onNewerScript = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: unknown; messageId?: unknown }>)
        .detail;
      if (detail?.contentScriptName === name && detail.messageId !== id) this.controller.abort();
    };
    document.addEventListener(started, onNewerScript, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', callback, { once: true });
  }
}
