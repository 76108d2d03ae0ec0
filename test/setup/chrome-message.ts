import type { ChromeMessage } from '@wxt-dev/i18n/build';

/**
 * What `browser.i18n.getMessage` returns for one entry of messages.json: named placeholders
 * replaced by their content, then `$1`…`$9` by the substitutions, `$$` by `$`; "" for a missing
 * entry. Used where no browser answers (unit tests) and to check locale files.
 */
export function chromeGetMessage(
  entry: ChromeMessage | undefined,
  substitutions?: string | string[],
): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [
      name.toLowerCase(),
      content,
    ]),
  );
  const withPlaceholders = entry.message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}
