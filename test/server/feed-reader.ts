import type { AuditRow } from './audit';
import { replay, syncPage, type ChangeJson, type TestServer } from './harness';

/**
 * A client following the feed from `cursor`: reads pages (of varying small sizes, to cut the feed
 * at many points) in a loop until the writers started by `startWriters` settle, then drains what
 * is left. Returns every change it got.
 */
export async function followFeed(
  server: TestServer,
  from: string,
  startWriters: () => Promise<unknown>,
): Promise<{ changes: ChangeJson[]; cursor: string }> {
  const writers = startWriters();
  let done = false;
  const finished = writers.finally(() => {
    done = true;
  });
  finished.catch(() => {}); // awaited below; this only stops it counting as unhandled meanwhile
  const changes: ChangeJson[] = [];
  let cursor = from;
  for (let round = 0; ; round++) {
    const writersDone = done; // read before the page: a page read after it sees every write
    const page = await syncPage(server, { cursor, limit: 3 + (round % 5) });
    changes.push(...page.changes);
    cursor = page.cursor;
    if (page.more) continue;
    if (writersDone) break;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await finished; // surfaces a writer's failure
  return { changes, cursor };
}

/*
 * What "exactly once, in order" means for a compacted log.
 *
 * The `entities` table keeps only each entity's latest version, so a version that was overwritten
 * before the reader got there no longer exists anywhere, and the reader cannot (and need not) see
 * it. Checked against the full history of writes (the audit):
 * - in order, never twice: the versions the reader got strictly increase;
 * - nothing invented: every change the reader got is a write that happened (same version, entity
 *   and put/delete);
 * - nothing skipped: every written version at or below the reader's final position was either
 *   received, or superseded by a later version of the same entity that the reader received;
 * - the counter is sound: the written versions are exactly 1..head, each once;
 * - the end state is right: replaying what the reader got gives the database's live entities.
 * The reader here takes its first cursor from the empty database before any write starts, so its
 * bootstrap horizon is 0 and it is owed every delete as well. (A reader that started later would
 * legitimately miss deletes at or below its horizon, of entities it never received.)
 */
export function feedProblems(
  received: readonly ChangeJson[],
  audit: readonly AuditRow[],
  live: ReadonlyMap<string, unknown>,
): string[] {
  const problems: string[] = [];
  received.forEach((change, i) => {
    const previous = received[i - 1];
    if (previous !== undefined && change.version <= previous.version)
      problems.push(`version ${change.version} came after ${previous.version}`);
  });

  const written = new Map(audit.map((row) => [row.version, row]));
  const head = audit.length;
  audit.forEach((row, i) => {
    if (row.version !== i + 1)
      problems.push(`written versions are not 1..${head}: ${row.version} at ${i}`);
  });

  const latestReceived = new Map<string, number>();
  for (const change of received) {
    const key = `${change.type}:${change.id}`;
    latestReceived.set(key, change.version);
    const write = written.get(change.version);
    if (write?.key !== key || write.deleted !== (change.op === 'delete'))
      problems.push(`received ${change.op} ${key}@${change.version}, which was never written`);
  }
  const receivedVersions = new Set(received.map((c) => c.version));
  for (const row of audit)
    if (!receivedVersions.has(row.version) && (latestReceived.get(row.key) ?? 0) < row.version)
      problems.push(`skipped ${row.deleted ? 'delete' : 'put'} ${row.key}@${row.version}`);

  const reader = new Map([...replay(received)].map(([key, change]) => [key, change.data]));
  if (canonical(reader) !== canonical(live))
    problems.push(
      `the reader's state (${reader.size} entities) differs from the database's (${live.size})`,
    );
  return problems;
}

/** JSON with map entries and object keys sorted, so equal content compares equal. */
function canonical(map: ReadonlyMap<string, unknown>): string {
  const sorted = [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
