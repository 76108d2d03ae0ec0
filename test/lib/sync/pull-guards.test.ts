import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUARANTINE_MAX_ROWS, QUARANTINE_PREVIEW_CHARS } from '../../../lib/db/apply-changes';
import { readMeta } from '../../../lib/db/meta';
import { pull } from '../../../lib/sync/pull';
import { makeDb } from '../db/make-db';
import { SYNC_CONTEXT } from './context-fixture';
import { answer, startInProcessApi, type SeenRequest } from './in-process-api';

const feed = (request: SeenRequest) => request.method === 'GET' && request.path === '/v1/sync';
const junk = (n: number, size: number) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'goal',
    op: 'put',
    id: `x${i}`,
    version: i,
    data: { blob: 'x'.repeat(size) },
  }));

describe('pull trusts a sync page only as far as the contract goes', () => {
  let api: Awaited<ReturnType<typeof startInProcessApi>>;
  beforeAll(async () => {
    api = await startInProcessApi();
    await api.importYaml(SYNC_CONTEXT);
  });
  beforeEach(() => api.setFault(undefined));
  afterAll(() => api.close());

  it('refuses a page of more than 5,000 changes and stores none of it', async () => {
    const db = makeDb();
    api.setFault((r) =>
      feed(r) ? answer(200, { cursor: 'c1', more: false, changes: junk(5001, 1) }) : undefined,
    );
    await expect(pull(db, api.client())).rejects.toMatchObject({ kind: 'not-throughline' });
    expect(await db.quarantine.count()).toBe(0);
    expect(await readMeta(db, 'cursor')).toBeUndefined();
  });

  it('fails, rather than loops, when the cursor does not move while there is more', async () => {
    const db = makeDb();
    let served = 0;
    api.setFault((r) => {
      if (!feed(r)) return undefined;
      served += 1;
      // c1 → c2 → c1: a cycle, not only the same cursor twice.
      const cursor = served % 2 === 1 ? 'c1' : 'c2';
      return answer(200, { cursor, more: true, changes: [] });
    });
    await expect(pull(db, api.client())).rejects.toMatchObject({ kind: 'not-throughline' });
    expect(served).toBe(3);
  });

  it('asks for smaller pages when an answer is too large to read', async () => {
    const db = makeDb();
    const before = api.requests.length;
    const result = await pull(db, api.client({ maxAnswerBytes: 1500 }), 8);
    expect(result.applied).toBeGreaterThan(0);
    expect(await db.intents.count()).toBe(2);
    const limits = api.requests
      .slice(before)
      .map((r) => new URLSearchParams(r.split('?')[1]).get('limit'));
    expect(limits).toContain('8');
    expect(limits.some((limit) => Number(limit) < 8)).toBe(true);
  });

  it('keeps a bounded number of bad changes, each cut to a preview', async () => {
    const db = makeDb();
    let page = 0;
    api.setFault((r) => {
      if (!feed(r)) return undefined;
      page += 1;
      return answer(200, { cursor: `p${page}`, more: page < 2, changes: junk(3000, 2100) });
    });
    expect((await pull(db, api.client({ maxAnswerBytes: 64 * 1024 * 1024 }))).pages).toBe(2);
    expect(await db.quarantine.count()).toBe(QUARANTINE_MAX_ROWS);
    const rows = await db.quarantine.toArray();
    expect(rows.every((row) => String(row.raw).length <= QUARANTINE_PREVIEW_CHARS)).toBe(true);
    // The newest are kept: the last page's.
    expect(String(rows.at(-1)?.raw)).toContain('"id":"x2999"');
  });
});
