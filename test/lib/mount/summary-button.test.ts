// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepClosedRoots } from './closed-roots';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberPageWords } from '../../../lib/mount/page-words';
import { createSummaryButton } from '../../../lib/mount/summary-button';
import { englishPageWords } from './english-page-words';

// The summary the content script draws on every ticket page, in its closed shadow root.

const ID = 'jira:acme.atlassian.net/PAY-42';
const PAGE_FONT = '"Noto Sans", Helvetica, sans-serif';
let roots: ShadowRoot[];
const stops: AbortController[] = [];

beforeEach(() => {
  rememberPageWords(englishPageWords()); // the summary client keeps them from the worker's answer
  roots = keepClosedRoots();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
  vi.restoreAllMocks();
  document.querySelectorAll('throughline-summary').forEach((host) => host.remove());
});

function make(
  onActivate: () => unknown = () => undefined,
  press: { onPress?(): void; onPressEnd?(): void } = {},
) {
  const stop = new AbortController();
  stops.push(stop);
  const summary = createSummaryButton({
    doc: document,
    spot: { right: 16, bottom: 16 },
    theme: 'light',
    onActivate,
    ...press,
    signal: stop.signal,
  });
  const button = () => roots[0]!.querySelector('button')!;
  return { summary, stop, button };
}

const hosts = () => document.querySelectorAll('throughline-summary');

describe('the ticket summary', () => {
  it('enters the page only once it has something to say, in a closed shadow root', () => {
    const { summary, button } = make();
    expect(hosts()).toHaveLength(0);
    expect(roots).toHaveLength(0); // nothing is built on a page that shows no ticket (a list)
    summary.show({ ticketId: ID, bucket: { name: 'Growth', color: '#0a0' }, goal: 'Grow' });
    expect(hosts()).toHaveLength(1);
    expect((hosts()[0] as HTMLElement).shadowRoot).toBeNull(); // the page cannot look inside
    expect(button().getAttribute('aria-label')).toBe('Throughline: Growth — Grow');
    expect(button().textContent).toBe('Growth · Grow');
  });

  it("draws in the words the worker sent, never asking the browser's i18n on the page", () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    const { summary, button } = make();
    summary.show({ ticketId: ID });
    expect(button().getAttribute('aria-label')).toBe('Throughline: Not linked');
    expect(button().title).toBe('Throughline: Not linked. Open the sidebar (Alt+Shift+T)');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('is fixed to a corner, so the page never reflows around it', () => {
    const { summary } = make();
    summary.show({ ticketId: ID });
    const style = (hosts()[0] as HTMLElement).style;
    expect(style.position).toBe('fixed');
    expect(style.right).toBe('16px');
    expect(style.bottom).toBe('16px');
  });

  it("is set in the page's own font family", () => {
    document.body.style.fontFamily = PAGE_FONT;
    const { summary } = make();
    summary.show({ ticketId: ID });
    document.body.removeAttribute('style');
    expect((hosts()[0] as HTMLElement).style.getPropertyValue('font-family')).toBe(PAGE_FONT);
    expect((hosts()[0] as HTMLElement).style.getPropertyPriority('font-family')).toBe('important');
  });

  it('keeps hostile text as text', () => {
    const { summary, button } = make();
    const hostile = '<img src=x onerror="alert(1)">';
    summary.show({
      ticketId: ID,
      bucket: { name: hostile, color: 'red;}*{display:none' },
      goal: hostile,
    });
    expect(roots[0]!.querySelector('img')).toBeNull();
    expect(button().textContent).toContain(hostile);
    // A colour that is not one is not drawn at all.
    expect(roots[0]!.querySelector<HTMLElement>('.dot')!.style.background).toBe('');
  });

  it('comes back, once, when the page’s own rendering removes it', async () => {
    const { summary } = make();
    summary.show({ ticketId: ID });
    hosts()[0]!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hosts()).toHaveLength(1);
    summary.show({ ticketId: ID, goal: 'Grow' });
    expect(hosts()).toHaveLength(1);
  });

  it('opens the sidebar when activated, and leaves the page when hidden or stopped', async () => {
    const activated = vi.fn();
    const { summary, stop, button } = make(activated);
    summary.show({ ticketId: ID });
    button().click();
    expect(activated).toHaveBeenCalledTimes(1);
    summary.hide();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(hosts()).toHaveLength(0); // hidden stays hidden: no coming back
    summary.show({ ticketId: ID });
    stop.abort();
    expect(hosts()).toHaveLength(0);
  });

  it('says when a press on it begins, and when one ends without a click (not when it clicks)', async () => {
    const log: string[] = [];
    const { summary, button } = make(() => log.push('activated'), {
      onPress: () => log.push('pressed'),
      onPressEnd: () => log.push('press ended'),
    });
    summary.show({ ticketId: ID });
    // jsdom has no PointerEvent; the button reads only its `button`.
    const pointer = (type: string, target: EventTarget, button = 0) =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, button }));
    const settled = () => new Promise((resolve) => setTimeout(resolve, 5));

    pointer('pointerdown', button());
    pointer('pointerup', button());
    button().click();
    await settled();
    expect(log).toEqual(['pressed', 'activated']);

    log.length = 0;
    pointer('pointerdown', button());
    pointer('pointerleave', button()); // to be released elsewhere: no click
    await settled();
    expect(log).toEqual(['pressed', 'press ended']);

    log.length = 0;
    pointer('pointerdown', button(), 2); // the context menu's button
    await settled();
    expect(log).toEqual([]);
  });
});
