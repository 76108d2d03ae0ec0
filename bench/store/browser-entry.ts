import { runStoreBench } from './cases';

/** Bundled for a plain Chromium page: the store benchmarks on Chromium's real IndexedDB. */
(globalThis as { runStoreBench?: typeof runStoreBench }).runStoreBench = runStoreBench;
