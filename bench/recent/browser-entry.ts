import { runRecentBench } from './cases';

/** Bundled for a plain Chromium page: the popup's coverage reads on Chromium's real IndexedDB. */
(globalThis as { runRecentBench?: typeof runRecentBench }).runRecentBench = runRecentBench;
