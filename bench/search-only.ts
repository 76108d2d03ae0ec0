/**
 * The popup search rows of `npm run bench` alone (`npx tsx bench/search-only.ts`): in Node, and as
 * the worker runs it on Chromium's IndexedDB.
 */
import './node-i18n';
import { benchSearch } from './search';
import { benchSearchWorker } from './search-worker';
import { printBenchTable } from './table';

printBenchTable([...(await benchSearch()), ...(await benchSearchWorker())]);
