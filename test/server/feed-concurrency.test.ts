import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installAudit, liveEntities, readAudit } from './audit';
import { feedProblems, followFeed } from './feed-reader';
import { runConcurrentWriters } from './feed-workload';
import { headVersion, openTestServer, syncPage, TEST_STORES, type TestServer } from './harness';

// On PGlite the writers interleave on one connection; on PostgreSQL they run on a pool of real
// concurrent connections, which is where a feed built on a plain sequence would lose changes.
describe.each(TEST_STORES)('the change feed under concurrent writers on $name', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await openTestServer(kind);
    await installAudit(server.store);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.reset();
    await server.store.exec('DELETE FROM entity_audit');
  });

  it('gives a reader following cursors every change exactly once and in order while imports and mutations run', async () => {
    const { cursor } = await syncPage(server); // from the empty database, before any write
    const { changes } = await followFeed(server, cursor, () =>
      runConcurrentWriters([server], { imports: 8, batches: 60, seed: 42 }),
    );

    const audit = await readAudit(server.store);
    expect(audit.length).toBeGreaterThan(100);
    expect(changes.some((c) => c.op === 'delete')).toBe(true);
    expect(feedProblems(changes, audit, await liveEntities(server.store))).toEqual([]);
    expect(await headVersion(server.store)).toBe(audit.length);
  });
});
