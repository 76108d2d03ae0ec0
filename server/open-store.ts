import { migrate } from './migrate';
import { openPgliteStore, resolveDataDir } from './store/pglite';
import { openPostgresStore } from './store/postgres';
import { withSetupLock } from './store/setup-lock';
import type { Store } from './store/store';
import { checkBootstrapToken, ensureBootstrapToken } from './tokens';

export interface OpenStoreOptions {
  /**
   * PostgreSQL to use; defaults to DATABASE_URL, unless `dataDir` is given. An explicit `dataDir`
   * wins over the environment, so `--data-dir memory` stays embedded even where DATABASE_URL is set.
   */
  databaseUrl?: string;
  /** A PGlite directory, or 'memory'; defaults to THROUGHLINE_DATA_DIR, then .throughline/data. */
  dataDir?: string;
  /** Made a live admin token; defaults to THROUGHLINE_BOOTSTRAP_TOKEN. */
  bootstrapToken?: string;
}

/** Which engine the options (and the environment) select, without opening anything. */
export function describeStoreChoice(
  options: OpenStoreOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string } {
  const url = options.databaseUrl ?? (options.dataDir === undefined ? env.DATABASE_URL : undefined);
  if (url !== undefined && url !== '') return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: resolveDataDir(options.dataDir) };
}

/** Opens the store the server and the CLI work on: migrated, with the bootstrap token in place. */
export async function openServerStore(options: OpenStoreOptions = {}): Promise<Store> {
  const choice = describeStoreChoice(options);
  const store =
    choice.kind === 'postgres'
      ? await openPostgresStore({ connectionString: choice.url })
      : await openPgliteStore(choice.dataDir);
  return prepareStore(store, options.bootstrapToken);
}

/**
 * Migrates an open store and puts the bootstrap token (default THROUGHLINE_BOOTSTRAP_TOKEN) in
 * place; closes it on failure. Safe when several processes do it at once on one PostgreSQL.
 */
export async function prepareStore(store: Store, bootstrapToken?: string): Promise<Store> {
  try {
    const token = bootstrapToken ?? process.env.THROUGHLINE_BOOTSTRAP_TOKEN;
    if (token !== undefined && token !== '') checkBootstrapToken(token);
    await migrate(store);
    if (token !== undefined && token !== '')
      await withSetupLock(store, (tx) => ensureBootstrapToken(tx, token));
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
