// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/mount/script-context';

describe("a content script's context", () => {
  // Each test starts scripts of its own names: a context listens to the document for its life.
  const start = (name: string) => new ContentScriptContext(name);
  afterEach(() => vi.restoreAllMocks());

  it('stops when a newer copy of the same script starts in the page (an update)', () => {
    const older = start('github');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const otherScript = start('jira');
    expect(older.isInvalid).toBe(false);

    const newer = start('github');
    expect(older.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(newer.isInvalid).toBe(false);
    expect(otherScript.isInvalid).toBe(false);
  });

  it('stops a copy that WXT’s own context started, by the same event', () => {
    const older = start('linear');
    document.dispatchEvent(
      new CustomEvent(`${fakeBrowser.runtime.id}:linear:wxt:content-script-started`, {
        detail: { contentScriptName: 'linear', messageId: 'from-wxt' },
      }),
    );
    expect(older.isInvalid).toBe(true);
  });

  it('is invalid once the extension is gone (updated or removed), and says so once', () => {
    const context = start('gitlab');
    const stopped = vi.fn();
    context.onInvalidated(stopped);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(context.isInvalid).toBe(true);
    expect(context.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledTimes(1);
  });
});
