import { readdir, readFile } from 'node:fs/promises';
import type { Store } from './store/store';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** `001_init.sql` and the like, in the order their numbers give. */
async function migrationFiles(): Promise<string[]> {
  const names = await readdir(MIGRATIONS_DIR);
  return names.filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
}

/**
 * Applies the migrations not applied yet, each in its own transaction together with its row in
 * `schema_migrations`, so a crash leaves either all of a migration or none of it.
 * Several processes sharing one PostgreSQL will need an advisory lock around this (not needed for
 * PGlite, which one process owns).
 */
export async function migrate(store: Store): Promise<string[]> {
  await store.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const done = new Set(
    (await store.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const name of await migrationFiles()) {
    if (done.has(name)) continue;
    const sql = await readFile(new URL(name, MIGRATIONS_DIR), 'utf8');
    await store.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    });
    applied.push(name);
  }
  return applied;
}
