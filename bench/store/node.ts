import 'fake-indexeddb/auto';
import type { BenchRow } from '../row';
import { runStoreBench } from './cases';

/** The store benchmarks on fake-indexeddb (IndexedDB semantics, not its speed). */
export function benchStoreNode(): Promise<BenchRow[]> {
  return runStoreBench('node (fake-indexeddb)');
}
