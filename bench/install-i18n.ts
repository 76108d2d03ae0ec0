import type { ChromeMessage } from '@wxt-dev/i18n/build';
import { chromeGetMessage } from '../test/setup/chrome-message';

/**
 * Gives `target` (Node's `globalThis.chrome`, a plain page's `chrome`) the `i18n` calls our code
 * makes: benches run it outside the extension, where no `chrome.i18n` answers, and the search
 * documents carry words (a bucket's "target 50%").
 */
export function installI18n(
  target: { i18n?: unknown },
  messages: Record<string, ChromeMessage>,
): void {
  const byKey = new Map(Object.entries(messages).map(([key, value]) => [key.toLowerCase(), value]));
  target.i18n = {
    getMessage: (key: string, substitutions?: string | string[]) =>
      chromeGetMessage(byKey.get(key.toLowerCase()), substitutions),
    getUILanguage: () => 'en-US',
  };
}
