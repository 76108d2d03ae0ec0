import { describe, expect, it } from 'vitest';
import { applyPage, planChanges } from '../../../lib/db/apply-changes';
import { readMeta } from '../../../lib/db/meta';
import { demoChanges, makeDb, put, T0 } from './make-db';

const TICKET = 'github:github.com/acme/app#1';

describe('applyPage', () => {
  it('stores every entity of a page together with its cursor', async () => {
    const db = makeDb();
    await applyPage(db, demoChanges(), 'c1');
    expect(await db.intents.get('i1')).toMatchObject({ title: 'Guided setup', goalId: 'g1' });
    expect(await db.links.count()).toBe(1);
    expect(await readMeta(db, 'cursor')).toBe('c1');
  });

  it('quarantines items that fail validation and applies the rest', async () => {
    const db = makeDb();
    const bad = [
      put('goal', 'g2', 7, { title: 'No mission' }),
      { type: 'widget', op: 'put', id: 'x', version: 8, data: {} },
      'not even an object',
    ];
    await applyPage(db, [...demoChanges(), ...bad], 'c1');
    expect(await db.goals.count()).toBe(1);
    const quarantined = await db.quarantine.toArray();
    expect(quarantined).toHaveLength(3);
    expect(quarantined[0]?.reason).toContain('missionId');
    expect(JSON.parse(String(quarantined[0]?.raw))).toEqual(bad[0]);
  });

  it('quarantines a link of a tracker it does not know, naming the tracker, and applies the rest', async () => {
    const db = makeDb();
    const id = 'youtrack:acme.example.com/PAY-1';
    const unknown = put('link', id, 7, { ticketId: id, intentId: 'i1', linkedAt: T0 });
    const gitlab = 'gitlab:gitlab.com/acme/web/app!17';
    await applyPage(
      db,
      [
        ...demoChanges(),
        unknown,
        put('link', gitlab, 8, { ticketId: gitlab, intentId: 'i1', linkedAt: T0 }),
      ],
      'c1',
    );
    expect(await db.links.get(gitlab)).toMatchObject({ intentId: 'i1' });
    expect(await db.links.get(id)).toBeUndefined();
    const [quarantined] = await db.quarantine.toArray();
    expect(quarantined?.reason).toContain('Unknown tracker "youtrack"');
    expect(await readMeta(db, 'cursor')).toBe('c1');
  });

  it('removes deleted entities', async () => {
    const db = makeDb();
    await applyPage(db, demoChanges(), 'c1');
    await applyPage(db, [{ type: 'link', op: 'delete', id: TICKET, version: 9 }], 'c2');
    expect(await db.links.get(TICKET)).toBeUndefined();
    expect(await readMeta(db, 'cursor')).toBe('c2');
  });

  it('keeps a pending local tag when a pull brings the server version of that link', async () => {
    const db = makeDb();
    await applyPage(db, demoChanges(), 'c1');
    await db.links.update(TICKET, { bucketId: 'ktlo', pending: 'set' });
    await applyPage(
      db,
      [put('link', TICKET, 10, { ticketId: TICKET, intentId: 'i1', linkedAt: T0, note: 'server' })],
      'c2',
    );
    expect(await db.links.get(TICKET)).toMatchObject({ bucketId: 'ktlo', pending: 'set' });
  });

  it('leaves the store and cursor untouched when the transaction fails half-way', async () => {
    const db = makeDb();
    let failMissions = false;
    // Middleware must be registered before the database opens.
    db.use({
      stack: 'dbcore',
      name: 'fail-on-missions',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'missions') return table;
          return {
            ...table,
            mutate: (request) =>
              failMissions ? Promise.reject(new Error('disk full')) : table.mutate(request),
          };
        },
      }),
    });
    await applyPage(db, demoChanges(), 'c1');
    failMissions = true;
    await expect(
      applyPage(
        db,
        [
          put('bucket', 'debt', 11, { name: 'Tech debt' }),
          put('mission', 'm2', 12, { title: 'X' }),
        ],
        'c2',
      ),
    ).rejects.toThrow('disk full');
    expect(await db.buckets.get('debt')).toBeUndefined();
    expect(await readMeta(db, 'cursor')).toBe('c1');
  });
});

describe('planChanges', () => {
  it('keeps only the last operation per entity in a page', () => {
    const plan = planChanges([
      put('bucket', 'b', 1, { name: 'First' }),
      { type: 'bucket', op: 'delete', id: 'b', version: 2 },
      put('bucket', 'b', 3, { name: 'Third' }),
    ]);
    expect(plan.puts.get('bucket')?.get('b')).toMatchObject({ name: 'Third' });
    expect(plan.deletes.get('bucket')?.has('b')).toBe(false);
  });
});
