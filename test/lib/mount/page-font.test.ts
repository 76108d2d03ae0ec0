// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageFontFamily } from '../../../lib/mount/page-font';

describe("the page's font family", () => {
  afterEach(() => document.body.removeAttribute('style'));

  it("is the family the page's body is set in", () => {
    document.body.style.fontFamily = '"Noto Sans", Helvetica, Arial, sans-serif';
    expect(pageFontFamily(document)).toBe('"Noto Sans", Helvetica, Arial, sans-serif');
  });

  it('is the system font when the page names none', () => {
    const detached = document.implementation.createHTMLDocument('');
    expect(pageFontFamily(detached)).toBe('system-ui');
  });
});
