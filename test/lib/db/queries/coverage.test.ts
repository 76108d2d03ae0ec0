import { beforeEach, describe, expect, it } from 'vitest';
import { applyPage } from '../../../../lib/db/apply-changes';
import { linkKeysReady } from '../../../../lib/db/link-keys';
import { trustLocalWrites } from '../../../../lib/db/sole-writer';
import { SidebarStateSchema } from '../../../../lib/sidebar/state-schema';
import { sidebarStateFor } from '../../../../lib/sidebar/state';
import { demoChanges, makeDb, put, T0 } from '../make-db';

// A ticket's context as the worker reads it for the sidebar: from synced rules and links, locally.

const PAY42 = 'jira:acme.atlassian.net/PAY-42';
const PR = 'github:github.com/acme/billing#7';
const OPS = 'linear:acme/OPS-3';

function rule(id: string, position: number, when: object, target: object, version: number) {
  return put('rule', id, version, { name: `Rule ${id}`, position, when, ...target });
}

/** In the worker the linked tickets' keys are in memory; in a page lookups read the index. */
let inWorker = false;

async function seeded() {
  const db = makeDb();
  if (inWorker) trustLocalWrites(db);
  await applyPage(
    db,
    [
      ...demoChanges(),
      put('link', PAY42, 7, { ticketId: PAY42, intentId: 'i1', linkedAt: T0, linkedBy: 'Dana' }),
      rule('billing', 1, { tracker: 'github', project: 'acme/billing' }, { bucketId: 'ktlo' }, 8),
      rule('ops', 2, { tracker: 'linear', project: 'OPS' }, { bucketId: 'ktlo' }, 9),
      rule('hotfix', 3, { titleHas: ['hotfix'] }, { intentId: 'i1' }, 10),
    ],
    'c1',
  );
  if (inWorker) await linkKeysReady(db);
  return db;
}

for (const where of ['the worker', 'a page'] as const)
  describe(`the context a ticket inherits, read as in ${where}`, () => {
    beforeEach(() => {
      inWorker = where === 'the worker';
    });

    it('comes from the ticket its title names, with every rule that also holds', async () => {
      const db = await seeded();
      const state = await sidebarStateFor(db, PR, 'PAY-42: retry webhooks (hotfix)');
      expect(state.context).toBeNull();
      expect(state.inherited).toMatchObject({
        source: 'via',
        via: { ticketId: PAY42, key: 'PAY-42', text: 'PAY-42' },
        intent: { id: 'i1' },
        goal: { id: 'g1' },
        mission: { id: 'm1' },
        bucket: { id: 'new' },
      });
      expect(state.matchedRules?.map((r) => r.id)).toEqual(['billing', 'hotfix']);
      // What the frame checks before it shows anything.
      expect(SidebarStateSchema.safeParse(state).error?.issues).toBeUndefined();
    });

    it('comes from the first rule when the title names no linked ticket', async () => {
      const db = await seeded();
      const state = await sidebarStateFor(db, OPS, 'Renew certificates');
      expect(state.inherited).toMatchObject({
        source: 'rule',
        rule: { id: 'ops', name: 'Rule ops' },
        bucket: { id: 'ktlo' },
      });
      expect(SidebarStateSchema.safeParse(state).error?.issues).toBeUndefined();
    });

    it('gives way to a tag, and comes back when the tag goes', async () => {
      const db = await seeded();
      await applyPage(
        db,
        [put('link', OPS, 11, { ticketId: OPS, intentId: 'i1', linkedAt: T0 })],
        'c2',
      );
      const tagged = await sidebarStateFor(db, OPS, 'Renew certificates');
      expect(tagged.context?.link.intentId).toBe('i1');
      expect(tagged.inherited).toBeNull();
      expect(tagged.matchedRules?.map((r) => r.id)).toEqual(['ops']);
      await applyPage(db, [{ type: 'link', op: 'delete', id: OPS, version: 12 }], 'c3');
      expect((await sidebarStateFor(db, OPS, 'Renew certificates')).inherited?.source).toBe('rule');
    });

    it('follows a change of rule or of the named ticket’s link', async () => {
      const db = await seeded();
      await applyPage(
        db,
        [
          rule('ops', 2, { tracker: 'linear', project: 'OPS' }, { intentId: 'i1' }, 11),
          put('link', PAY42, 12, { ticketId: PAY42, bucketId: 'ktlo', linkedAt: T0 }),
        ],
        'c2',
      );
      expect((await sidebarStateFor(db, OPS, 'Renew')).inherited).toMatchObject({
        intent: { id: 'i1' },
      });
      expect((await sidebarStateFor(db, PR, 'PAY-42')).inherited).toMatchObject({
        source: 'via',
        bucket: { id: 'ktlo' },
      });
      await applyPage(db, [{ type: 'rule', op: 'delete', id: 'ops', version: 13 }], 'c3');
      expect((await sidebarStateFor(db, OPS, 'Renew')).inherited).toBeNull();
    });

    it('takes nothing from a key that names two linked tickets, and the next key that names one', async () => {
      const db = await seeded();
      const otherPay42 = 'jira:jira.acme.com/PAY-42';
      const eng7 = 'linear:acme/ENG-7';
      await applyPage(
        db,
        [
          put('link', otherPay42, 11, { ticketId: otherPay42, bucketId: 'ktlo', linkedAt: T0 }),
          put('link', eng7, 12, { ticketId: eng7, bucketId: 'new', linkedAt: T0 }),
        ],
        'c2',
      );
      expect((await sidebarStateFor(db, PR, 'PAY-42 retry')).inherited).toMatchObject({
        source: 'rule',
        rule: { id: 'billing' },
      });
      expect((await sidebarStateFor(db, PR, 'PAY-42 and ENG-7')).inherited).toMatchObject({
        source: 'via',
        via: { ticketId: eng7, key: 'ENG-7' },
        bucket: { id: 'new' },
      });
    });

    it('quarantines a rule pointing at an intent it does not know, and applies the rest', async () => {
      const db = await seeded();
      const applied = await applyPage(
        db,
        [
          rule('ghost', 4, { titleHas: ['ghost'] }, { intentId: 'nope' }, 11),
          rule('fine', 5, { titleHas: ['fine'] }, { bucketId: 'new' }, 12),
        ],
        'c2',
      );
      expect(applied).toBe(1);
      expect(await db.rules.get('ghost')).toBeUndefined();
      expect(await db.rules.get('fine')).toBeDefined();
      const [kept] = await db.quarantine.toArray();
      expect(kept?.reason).toBe('rule ghost: unknown intent "nope"');
    });
  });
