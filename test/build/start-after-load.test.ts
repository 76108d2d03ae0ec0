import { describe, expect, it, vi } from 'vitest';
import { startAfterLoad } from '../../build/start-after-load';

/** What terser makes of a content script: one minified IIFE, here one that says it ran. */
const SCRIPT = 'var e=function(){var e=1;return ran(e+1),e}();';

/** Evaluates `code` as Chromium would inject it, in a page whose `readyState` is `state`. */
function inject(code: string, state: DocumentReadyState) {
  const ran = vi.fn();
  const listeners: { type: string; listener: () => void; options: unknown }[] = [];
  const idle: { callback: () => void; options: unknown }[] = [];
  const run = new Function('ran', 'document', 'addEventListener', 'requestIdleCallback', code) as (
    ...args: unknown[]
  ) => void;
  run(
    ran,
    { readyState: state },
    (type: string, listener: () => void, options: unknown) =>
      listeners.push({ type, listener, options }),
    (callback: () => void, options: unknown) => idle.push({ callback, options }),
  );
  return { ran, listeners, idle };
}

describe('a content script started after load (build/start-after-load.ts)', () => {
  it('does nothing while the page loads, and runs at the first idle moment after its load', () => {
    const page = inject(startAfterLoad(SCRIPT), 'interactive');
    expect(page.ran).not.toHaveBeenCalled();
    expect(page.listeners).toEqual([
      { type: 'load', listener: expect.any(Function), options: { once: true } },
    ]);

    page.listeners[0]!.listener();
    expect(page.ran).not.toHaveBeenCalled();
    expect(page.idle).toEqual([{ callback: expect.any(Function), options: { timeout: 500 } }]);

    page.idle[0]!.callback();
    expect(page.ran).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('runs at once when injected into a page that has already loaded', () => {
    const page = inject(startAfterLoad(SCRIPT), 'complete');
    expect(page.ran).toHaveBeenCalledExactlyOnceWith(2);
    expect(page.listeners).toEqual([]);
  });

  it('changes only the end of the code, so its source map still holds', () => {
    const started = startAfterLoad(SCRIPT);
    const defined = SCRIPT.slice(0, -'();'.length);
    expect(started.startsWith(defined)).toBe(true);
    expect(inject(SCRIPT, 'loading').ran).toHaveBeenCalledOnce(); // as built: at once
  });

  it('refuses a script of another shape rather than shipping it unchanged', () => {
    expect(() => startAfterLoad('(function () {\n  ran(1);\n})();\n')).toThrow(/minified/);
    expect(() => startAfterLoad('var e=function(){ran(1)};')).toThrow(/minified/);
  });
});
