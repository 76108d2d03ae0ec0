import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, migrationFiles, readMigration } from '../../server/migrate';
import { pgliteStoreOf } from '../../server/store/pglite';

/*
 * Every test file needs a fresh, migrated PGlite. Creating one runs initdb in WASM (~2–3 s on the
 * project's 2-core machines, more when files run in parallel); loading a dump of an already
 * migrated database takes about a third of that. So the first test process to need it builds the
 * dump and caches it in the repository's git-ignored .throughline/ directory, and the others load it.
 *
 * Safe because: the file name carries a hash of the PGlite version and of every migration, so a
 * changed migration can never be served from a stale dump; the file is written under a temporary
 * name and renamed, so a reader never sees half a file; and the dump holds only the migrated,
 * empty schema (no tokens), whose workspace id every test database replaces with its own.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CACHE_DIR = join(ROOT, '.throughline', 'test-cache');

async function cacheKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  for (const name of await migrationFiles()) hash.update(name).update(await readMigration(name));
  return hash.digest('hex').slice(0, 16);
}

async function buildDump(): Promise<Blob> {
  const db = new PGlite();
  await migrate(pgliteStoreOf(db));
  const dump = await db.dumpDataDir('none');
  await db.close();
  return dump;
}

let cached: Promise<Blob> | undefined;

/** The migrated, empty database as a PGlite dump (see above). */
export function migratedPgliteDump(): Promise<Blob> {
  cached ??= (async () => {
    const file = join(CACHE_DIR, `pglite-${await cacheKey()}.tar`);
    if (existsSync(file)) return new Blob([await readFile(file)]);
    const dump = await buildDump();
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    // Dumps of older migrations are never read again.
    for (const name of await readdir(CACHE_DIR))
      if (
        name.startsWith('pglite-') &&
        join(CACHE_DIR, name) !== file &&
        !name.endsWith('.partial')
      )
        await rm(join(CACHE_DIR, name), { force: true });
    return dump;
  })();
  return cached;
}

/**
 * Fills an empty directory with the migrated, empty database, as a first server start would but
 * without its initdb, and gives it a workspace id of its own. startServer() then reopens it.
 */
export async function seedPgliteDir(dir: string): Promise<void> {
  const db = new PGlite(dir, { loadDataDir: await migratedPgliteDump() });
  await db.query('UPDATE workspace SET id = gen_random_uuid()::text');
  await db.close();
}
