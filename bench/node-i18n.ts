import { englishMessages } from './english-messages';
import { installI18n } from './install-i18n';

/**
 * Imported first by a Node bench entry: `wxt/browser` takes `globalThis.chrome` when it is first
 * evaluated, so the object must exist before that (this line runs before the `await`); its words
 * are in place before any bench runs.
 */
const chrome = ((globalThis as { chrome?: { i18n?: unknown } }).chrome ??= {});
installI18n(chrome, await englishMessages());
