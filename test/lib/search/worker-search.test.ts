import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../lib/db/apply-changes';
import { readEntitySnapshot, SNAPSHOT_KEY } from '../../../lib/search/entity-snapshot';
import { WorkerSearch } from '../../../lib/search/worker-search';
import { makeDb, put } from '../db/make-db';
import { demoSyncChanges } from './demo-corpus';

type Db = ReturnType<typeof makeDb>;

/** A worker that indexed everything (and so saved the entities' snapshot), then was stopped. */
async function stoppedAfterIndexing(db: Db) {
  const search = new WorkerSearch(db);
  await expect.poll(async () => (await search.search('activation', 5)).building).toBe(false);
  await expect.poll(async () => (await readEntitySnapshot(db)) !== undefined).toBe(true);
  search.stop();
}

const titles = (answer: { hits: { doc: { title: string } }[] }) =>
  answer.hits.map((hit) => hit.doc.title);

const ids = (answer: { hits: { doc: { entityId: string } }[] }) =>
  answer.hits.map((hit) => hit.doc.entityId);

describe('the popup search index in the worker', () => {
  it('answers from the entities first, then from every ticket once indexed', async () => {
    const db = makeDb();
    await applyPage(db, demoSyncChanges(), 'c1');
    const search = new WorkerSearch(db);
    const first = await search.search('activation', 5);
    expect(ids(first)).toContain('activation');
    await expect
      .poll(async () => {
        const answer = await search.search('PAY-42', 5);
        return !answer.building && ids(answer).includes('jira:acme.atlassian.net/PAY-42');
      })
      .toBe(true);
    search.stop();
  });

  it('answers a question asked right after a sync with what the sync brought', async () => {
    const db = makeDb();
    await applyPage(db, demoSyncChanges(), 'c1');
    const search = new WorkerSearch(db);
    await expect.poll(async () => (await search.search('activation', 5)).building).toBe(false);
    const goal = await db.goals.get('activation');
    await applyPage(
      db,
      [put('goal', 'quokkas', 99, { ...goal, title: 'Count the quokkas' })],
      'c2',
    );
    expect(ids(await search.search('quokkas', 5))).toContain('quokkas');
    await applyPage(db, [{ type: 'goal', op: 'delete', id: 'quokkas', version: 100 }], 'c3');
    expect(ids(await search.search('quokkas', 5))).not.toContain('quokkas');
    search.stop();
  });

  it('answers a stopped worker’s first question from the saved entities, then from the index', async () => {
    const db = makeDb();
    await applyPage(db, demoSyncChanges(), 'c1');
    await stoppedAfterIndexing(db);
    // The saved row says something the tables do not, to tell which one answered.
    const row = (await db.meta.get(SNAPSHOT_KEY))!.value as { columns: string };
    const columns = row.columns.replaceAll('activation', 'quokkas');
    await db.meta.put({ key: SNAPSHOT_KEY, value: { ...row, columns } });

    const search = new WorkerSearch(db);
    const first = await search.search('quokkas', 5);
    expect(first.building).toBe(true);
    expect(titles(first)).toContain('Raise week-1 quokkas to 45%');
    const key = await search.search('PAY-42', 5);
    expect(key.hits[0]).toMatchObject({
      match: 'exact-key',
      doc: { entityId: 'jira:acme.atlassian.net/PAY-42', detail: expect.any(String) },
    });
    await expect.poll(async () => titles(await search.search('quokkas', 5))).toEqual([]);
    expect(titles(await search.search('activation', 5))).toContain(
      'Raise week-1 activation to 45%',
    );
    search.stop();
  });

  it('never answers from entities saved before a sync that changed them', async () => {
    const db = makeDb();
    await applyPage(db, demoSyncChanges(), 'c1');
    await stoppedAfterIndexing(db);
    const goal = await db.goals.get('activation');
    await applyPage(
      db,
      [put('goal', 'activation', 999, { ...goal, title: 'Count the quokkas' })],
      'c2',
    );

    const search = new WorkerSearch(db);
    expect(titles(await search.search('activation', 5))).not.toContain(
      'Raise week-1 activation to 45%',
    );
    expect(titles(await search.search('quokkas', 5))).toContain('Count the quokkas');
    search.stop();
  });

  it('rebuilds a damaged saved snapshot instead of failing', async () => {
    const db = makeDb();
    await applyPage(db, demoSyncChanges(), 'c1');
    await stoppedAfterIndexing(db);
    const row = (await db.meta.get(SNAPSHOT_KEY))!.value as Record<string, unknown>;
    await db.meta.put({ key: SNAPSHOT_KEY, value: { ...row, columns: '{"kinds": ["goal", 7' } });

    const search = new WorkerSearch(db);
    expect(titles(await search.search('activation', 5))).toContain(
      'Raise week-1 activation to 45%',
    );
    await expect.poll(async () => (await readEntitySnapshot(db))?.size).toBeGreaterThan(0);
    search.stop();
  });
});
