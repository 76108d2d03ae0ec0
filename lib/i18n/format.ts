import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/**
 * The locale for numbers and dates: the language the browser picked this extension's words in
 * (locales/<lang>.yml), made more specific by the browser's UI language when they agree — "en-GB"
 * or "de-AT" — so a German page says "3. Nov." and "1.200", never "Nov 3" and "1,200" beside
 * German words. (Headless Chromium started with --lang=de picks the German words yet still
 * reports an en-US UI language.)
 */
export function uiLocale(): string {
  const words = i18n.t('locale');
  const ui = browser.i18n.getUILanguage();
  return primary(ui) === primary(words) ? ui : words;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

export function formatNumber(
  value: number,
  locale = uiLocale(),
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** 0.42 → "42%" (German: "42 %"). */
export function formatPercent(share: number, locale = uiLocale(), fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** "3 Nov" */
export function formatDayMonth(date: Date, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(date);
}

/** "3 Nov 2026" */
export function formatDate(date: Date, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}

/** "3 minutes ago", "yesterday" */
export function formatRelative(
  value: number,
  unit: Intl.RelativeTimeFormatUnit,
  locale = uiLocale(),
): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}
