// The fake browser has no i18n: give it Chrome's `getMessage` over the English messages that the
// build writes to _locales/en/messages.json, so extension pages render the words people read.
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeGetMessage } from './chrome-message';

const messages = generateChromeMessages(
  await parseMessagesFile(join(import.meta.dirname, '..', '..', 'locales', 'en.yml')),
);
const byKey = new Map(Object.entries(messages).map(([key, value]) => [key.toLowerCase(), value]));

Object.assign(fakeBrowser.i18n, {
  getMessage: (key: string, substitutions?: string | string[]) =>
    chromeGetMessage(byKey.get(key.toLowerCase()), substitutions),
  getUILanguage: () => 'en-US',
});
