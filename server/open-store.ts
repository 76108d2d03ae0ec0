import { migrate } from './migrate';
import { openPgliteStore, resolveDataDir } from './store/pglite';
import type { Store } from './store/store';
import { ensureBootstrapToken } from './tokens';

export interface OpenStoreOptions {
  /** A directory, or 'memory'; defaults to THROUGHLINE_DATA_DIR, then .throughline/data. */
  dataDir?: string;
  /** Made a live admin token; defaults to THROUGHLINE_BOOTSTRAP_TOKEN. */
  bootstrapToken?: string;
}

/** Opens the store the server and the CLI work on: migrated, with the bootstrap token in place. */
export async function openServerStore(options: OpenStoreOptions = {}): Promise<Store> {
  const store = await openPgliteStore(resolveDataDir(options.dataDir));
  try {
    await migrate(store);
    const bootstrapToken = options.bootstrapToken ?? process.env.THROUGHLINE_BOOTSTRAP_TOKEN;
    if (bootstrapToken !== undefined && bootstrapToken !== '')
      await ensureBootstrapToken(store, bootstrapToken);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
