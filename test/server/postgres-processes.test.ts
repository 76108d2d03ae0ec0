import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationFiles } from '../../server/migrate';
import { openServerStore } from '../../server/open-store';
import type { Store } from '../../server/store/store';
import { installAudit, liveEntities, readAudit } from './audit';
import { feedProblems, followFeed } from './feed-reader';
import { runConcurrentWriters } from './feed-workload';
import { ADMIN_TOKEN, openTestServer, syncPage, type TestServer } from './harness';
import { createTestSchema, POSTGRES, type TestSchema } from './stores';

// Several server processes sharing one PostgreSQL, each with its own pool: what DESIGN.md allows.
// Separate pools in one test process are separate sessions to PostgreSQL, exactly as separate
// processes would be. Runs only where DATABASE_URL_TEST is set (CI sets it).
describe.runIf(POSTGRES !== undefined)('several server processes on one PostgreSQL', () => {
  let schema: TestSchema;
  const stores: Store[] = [];
  beforeAll(async () => {
    schema = await createTestSchema();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await schema.drop();
  });

  it('start at once on an empty database: each migration applied once, one bootstrap token', async () => {
    const opened = await Promise.all(
      Array.from({ length: 4 }, () =>
        openServerStore({ databaseUrl: schema.url, bootstrapToken: ADMIN_TOKEN }),
      ),
    );
    stores.push(...opened);
    const [store] = opened as [Store];
    const migrations = await store.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    expect(migrations.map((m) => m.name)).toEqual(await migrationFiles());
    const bootstrap = await store.query(
      "SELECT 1 FROM tokens WHERE name = 'bootstrap' AND revoked_at IS NULL",
    );
    expect(bootstrap).toHaveLength(1);
    expect(await store.query('SELECT 1 FROM workspace')).toHaveLength(1);
  });

  it('keep versions gapless and the feed exactly-once while two of them write and a third reads', async () => {
    const sameDatabase = {
      name: 'PostgreSQL' as const,
      open: ({ bootstrapToken }: { bootstrapToken: string }) =>
        openServerStore({ databaseUrl: schema.url, bootstrapToken }),
    };
    const servers: TestServer[] = [];
    for (let i = 0; i < 3; i++) servers.push(await openTestServer(sameDatabase));
    stores.push(...servers.map((s) => s.store));
    const [reader, ...writers] = servers as [TestServer, ...TestServer[]];
    await installAudit(reader.store);

    const { cursor } = await syncPage(reader);
    const { changes } = await followFeed(reader, cursor, () =>
      runConcurrentWriters(writers, { imports: 6, batches: 50, seed: 7 }),
    );
    const audit = await readAudit(reader.store);
    expect(audit.length).toBeGreaterThan(100);
    expect(feedProblems(changes, audit, await liveEntities(reader.store))).toEqual([]);
  });
});
