import { uiLocale } from './format';

/**
 * The page's language and title in the reader's language: screen readers pick their voice by
 * `lang`, and the title names the tab. The HTML files say English until this runs.
 */
export function localizeDocument(title: string): void {
  document.documentElement.lang = uiLocale();
  document.title = title;
}
