import { browser } from 'wxt/browser';

/**
 * Numbers and dates in the language the browser shows its own interface in: the same one it
 * picks messages.json by, so a German page says "3. Nov." and "1.200", not "Nov 3" and "1,200".
 */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

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
