import { readdir, readFile } from 'node:fs/promises';
import { withSetupLock } from './store/setup-lock';
import type { Store } from './store/store';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** `001_init.sql` and the like, in the order their numbers give. */
export async function migrationFiles(): Promise<string[]> {
  const names = await readdir(MIGRATIONS_DIR);
  return names.filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
}

export async function readMigration(name: string): Promise<string> {
  return readFile(new URL(name, MIGRATIONS_DIR), 'utf8');
}

/**
 * Applies the migrations not applied yet, each in its own transaction together with its row in
 * `schema_migrations`, so a crash leaves either all of a migration or none of it. Each of those
 * transactions holds the setup lock and checks `schema_migrations` again under it: when several
 * processes start at once on one PostgreSQL, one applies a migration and the others see it done.
 * Returns the names this call applied.
 */
export async function migrate(store: Store): Promise<string[]> {
  await withSetupLock(store, (tx) =>
    tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`),
  );
  const applied: string[] = [];
  for (const name of await migrationFiles()) {
    const sql = await readMigration(name);
    const didApply = await withSetupLock(store, async (tx) => {
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (done.length > 0) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (didApply) applied.push(name);
  }
  return applied;
}
