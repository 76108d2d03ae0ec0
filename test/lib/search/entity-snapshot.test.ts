import { describe, expect, it } from 'vitest';
import { applyPage } from '../../../lib/db/apply-changes';
import { loadSearchEntities } from '../../../lib/db/queries/search-corpus';
import { toSearchDocs } from '../../../lib/search/documents';
import {
  readEntitySnapshot,
  SNAPSHOT_KEY,
  writeEntitySnapshot,
} from '../../../lib/search/entity-snapshot';
import { makeDb, put } from '../db/make-db';
import { demoSyncChanges } from './demo-corpus';

async function savedDemo() {
  const db = makeDb();
  await applyPage(db, demoSyncChanges(), 'c1');
  const corpus = await loadSearchEntities(db);
  await writeEntitySnapshot(db, corpus.entitiesVersion!, toSearchDocs(corpus));
  return db;
}

const titles = async (db: ReturnType<typeof makeDb>) =>
  (await readEntitySnapshot(db))?.docs.map(({ doc }) => doc.title);

describe('the saved snapshot of the entities’ search documents', () => {
  it('is read back while the entities are as they were when it was saved', async () => {
    const db = await savedDemo();
    const snapshot = await readEntitySnapshot(db);
    const goal = snapshot?.docs.find(({ doc }) => doc.id === 'goal:activation');
    expect(goal?.doc).toMatchObject({ kind: 'goal', title: 'Raise week-1 activation to 45%' });
    expect(goal?.words).toContain(' activation');
    expect(snapshot?.docs.some(({ doc }) => doc.kind === 'ticket')).toBe(false);
  });

  it('is never read once a sync has changed an entity', async () => {
    const db = await savedDemo();
    const goal = await db.goals.get('activation');
    await applyPage(db, [put('goal', 'activation', 999, { ...goal, title: 'Quokkas' })], 'c2');
    expect(await readEntitySnapshot(db)).toBeUndefined();
  });

  it('is still read after a sync that changed only tagged tickets', async () => {
    const db = await savedDemo();
    const link = (await db.links.toArray())[0]!;
    await applyPage(db, [put('link', link.id, 999, { ...link, note: 'Moved' })], 'c2');
    expect(await titles(db)).toContain('Raise week-1 activation to 45%');
  });

  it('reads as absent when damaged, in another format or in another language', async () => {
    const db = await savedDemo();
    const good = (await db.meta.get(SNAPSHOT_KEY))!.value as Record<string, unknown>;
    const damaged: unknown[] = [
      42,
      'garbage',
      { ...good, entries: 'not json' },
      { ...good, entries: JSON.stringify([['planet', 'p1', 'Mars', null, null, 'mars']]) },
      { ...good, entries: JSON.stringify([['goal', 'g1']]) },
      { ...good, format: 0 },
      { ...good, locale: 'xx' },
    ];
    for (const value of damaged) {
      await db.meta.put({ key: SNAPSHOT_KEY, value });
      expect(await readEntitySnapshot(db)).toBeUndefined();
    }
  });
});
