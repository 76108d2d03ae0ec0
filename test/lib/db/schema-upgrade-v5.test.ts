import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ThroughlineDb } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';

const T = '2026-11-01T10:00:00.000Z';

describe('database upgrade to version 5 (coverage)', () => {
  it('gives stored links the key a title names them by, and adds the rules table', async () => {
    const name = `upgrade-v5-${Date.now()}`;
    // A version 4 store as the previous release wrote it: no hooks, no mention keys.
    const v4 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.slice(0, 4))
      v4.version(version).stores(stores);
    await v4.table('links').bulkPut(
      ['jira:acme.atlassian.net/PAY-42', 'github:github.com/Acme/app#7', 'gitlab:gitlab.com/a/b!3']
        .map((id) => id.toLowerCase().replace('pay', 'PAY'))
        .map((id) => ({
          id,
          ticketId: id,
          intentId: 'i1',
          linkedAt: T,
          version: 1,
          updatedAt: T,
        })),
    );
    v4.close();

    const v5 = new ThroughlineDb(name, SCHEMA_VERSIONS.slice(0, 5));
    expect(v5.verno).toBe(5);
    expect(await v5.links.where('mentionKey').equals('pay-42').primaryKeys()).toEqual([
      'jira:acme.atlassian.net/PAY-42',
    ]);
    expect(await v5.links.where('mentionKey').equals('acme/app#7').primaryKeys()).toEqual([
      'github:github.com/acme/app#7',
    ]);
    expect(await v5.links.where('mentionKey').equals('a/b!3').count()).toBe(1);
    expect(await v5.rules.count()).toBe(0);
    v5.close();
  });

  it('keeps the mention key on every later write of a link, whichever path writes it', async () => {
    const db = new ThroughlineDb(`mention-key-${Date.now()}`);
    const id = 'linear:acme/ENG-7';
    await db.links.add({ id, ticketId: id, intentId: 'a', linkedAt: T, version: 1, updatedAt: T });
    expect((await db.links.get(id))?.mentionKey).toBe('eng-7');
    await db.links.put({ id, ticketId: id, bucketId: 'b', linkedAt: T, version: 2, updatedAt: T });
    expect((await db.links.get(id))?.mentionKey).toBe('eng-7');
    await db.links.update(id, { pending: 'set' });
    expect(await db.links.where('mentionKey').equals('eng-7').count()).toBe(1);
    db.close();
  });
});
