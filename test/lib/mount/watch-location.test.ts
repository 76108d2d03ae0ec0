// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://github.com/acme/app/issues"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../lib/mount/watch-location';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A stand-in for the Navigation API, which jsdom lacks: fires after each history call, as Chromium does. */
function withNavigationApi(): () => void {
  const navigation = new EventTarget();
  const { pushState, replaceState } = history;
  history.pushState = function (...args) {
    pushState.apply(this, args);
    navigation.dispatchEvent(new Event('currententrychange'));
  };
  history.replaceState = function (...args) {
    replaceState.apply(this, args);
    navigation.dispatchEvent(new Event('currententrychange'));
  };
  Object.assign(window, { navigation });
  return () => {
    history.pushState = pushState;
    history.replaceState = replaceState;
    delete (window as { navigation?: unknown }).navigation;
  };
}

describe('watching the page URL', () => {
  afterEach(() => history.replaceState({}, '', '/acme/app/issues'));

  it('reports one change for a push followed by replaces in the same task', async () => {
    const restore = withNavigationApi();
    const seen: string[] = [];
    const stop = new AbortController();
    watchLocation(window, stop.signal, (href) => seen.push(href));
    history.pushState({}, '', '/acme/app/issues/1');
    history.replaceState({}, '', '/acme/app/issues/1?x=1');
    history.replaceState({}, '', '/acme/app/issues/2');
    await tick();
    expect(seen).toEqual(['https://github.com/acme/app/issues/2']);
    stop.abort();
    restore();
  });

  it('ignores history calls that leave the URL as it was', async () => {
    const restore = withNavigationApi();
    const seen: string[] = [];
    const stop = new AbortController();
    watchLocation(window, stop.signal, (href) => seen.push(href));
    history.replaceState({ scroll: 1 }, '', location.href);
    await tick();
    expect(seen).toEqual([]);
    stop.abort();
    restore();
  });

  it('stops reporting once its signal is aborted', async () => {
    const restore = withNavigationApi();
    const onChange = vi.fn();
    const stop = new AbortController();
    watchLocation(window, stop.signal, onChange);
    history.pushState({}, '', '/acme/app/issues/3');
    stop.abort();
    await tick();
    history.pushState({}, '', '/acme/app/issues/4');
    await tick();
    expect(onChange).not.toHaveBeenCalled();
    restore();
  });

  describe('without the Navigation API', () => {
    it('notices back and forward through popstate', async () => {
      const seen: string[] = [];
      const stop = new AbortController();
      watchLocation(window, stop.signal, (href) => seen.push(href));
      history.pushState({}, '', '/acme/app/issues/5');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await tick();
      expect(seen).toEqual(['https://github.com/acme/app/issues/5']);
      stop.abort();
    });

    it('notices a pushState through the retitled tab', async () => {
      const seen: string[] = [];
      const stop = new AbortController();
      document.title = 'Issues';
      watchLocation(window, stop.signal, (href) => seen.push(href));
      history.pushState({}, '', '/acme/app/issues/6');
      document.title = 'Six · Issue #6 · acme/app';
      // Well before the one-second URL check, which would notice it without the title.
      await vi.waitFor(() => expect(seen).toEqual(['https://github.com/acme/app/issues/6']), {
        timeout: 500,
      });
      stop.abort();
    });

    it('still notices a silent pushState within about a second', async () => {
      vi.useFakeTimers();
      const seen: string[] = [];
      const stop = new AbortController();
      watchLocation(window, stop.signal, (href) => seen.push(href));
      history.pushState({}, '', '/acme/app/issues/7');
      await vi.advanceTimersByTimeAsync(1100);
      expect(seen).toEqual(['https://github.com/acme/app/issues/7']);
      stop.abort();
      vi.useRealTimers();
    });
  });
});
