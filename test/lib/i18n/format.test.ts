import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate, formatNumber, formatPercent, uiLocale } from '../../../lib/i18n/format';

describe('numbers and dates in the language of the words', () => {
  afterEach(() => vi.restoreAllMocks());

  it("takes the browser's regional variant when it speaks the words' language", () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect(uiLocale()).toBe('en-GB');
    expect(formatDate(new Date('2026-11-01T12:00:00Z'))).toBe('1 Nov 2026');
  });

  it('follows the words, not a UI language that disagrees with them', () => {
    // English words (the test setup serves locales/en.yml) in a browser that says German.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    expect(uiLocale()).toBe('en');
  });

  it('formats German the German way', () => {
    expect(formatNumber(1200, 'de')).toBe('1.200');
    expect(formatPercent(0.42, 'de')).toBe('42\u00a0%'); // a no-break space
    expect(formatDate(new Date('2026-11-01T12:00:00Z'), 'de')).toBe('1. Nov. 2026');
  });
});
