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

const titles = async (db: ReturnType<typeof makeDb>) => {
  const snapshot = await readEntitySnapshot(db);
  return snapshot && Array.from({ length: snapshot.size }, (_, i) => snapshot.doc(i).title);
};

describe('the saved snapshot of the entities’ search documents', () => {
  it('is read back while the entities are as they were when it was saved', async () => {
    const db = await savedDemo();
    const snapshot = (await readEntitySnapshot(db))!;
    const docs = Array.from({ length: snapshot.size }, (_, i) => snapshot.doc(i));
    const at = docs.findIndex((doc) => doc.id === 'goal:activation');
    expect(docs[at]).toMatchObject({ kind: 'goal', title: 'Raise week-1 activation to 45%' });
    expect(snapshot.words[at]).toContain(' activation');
    expect(snapshot.title('intent:guided-setup')).toBe('Guided setup for new workspaces');
    expect(docs.some((doc) => doc.kind === 'ticket')).toBe(false);
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
    const columns = JSON.parse(good.columns as string) as Record<string, unknown[]>;
    const damaged: unknown[] = [
      42,
      'garbage',
      { ...good, columns: 'not json' },
      {
        ...good,
        columns: JSON.stringify({ ...columns, kinds: columns.kinds!.map(() => 'planet') }),
      },
      { ...good, columns: JSON.stringify({ ...columns, titles: columns.titles!.slice(1) }) },
      { ...good, columns: JSON.stringify({ ...columns, words: undefined }) },
      { ...good, format: 1 },
      { ...good, locale: 'xx' },
    ];
    for (const value of damaged) {
      await db.meta.put({ key: SNAPSHOT_KEY, value });
      expect(await readEntitySnapshot(db)).toBeUndefined();
    }
  });
});
