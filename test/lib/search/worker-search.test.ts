import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../lib/db/apply-changes';
import { WorkerSearch } from '../../../lib/search/worker-search';
import { makeDb, put } from '../db/make-db';
import { demoSyncChanges } from './demo-corpus';

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
});
