import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile, type ChromeMessage } from '@wxt-dev/i18n/build';

/** The English words, as the build writes them to _locales/en/messages.json. */
export async function englishMessages(): Promise<Record<string, ChromeMessage>> {
  const file = join(import.meta.dirname, '..', 'locales', 'en.yml');
  return generateChromeMessages(await parseMessagesFile(file));
}
