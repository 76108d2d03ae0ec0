import { describe, expect, it } from 'vitest';
import { writeMeta } from '../../../lib/db/meta';
import { recordRecentTicket } from '../../../lib/recent/record';
import { importContextFile } from '../../../lib/standalone/import';
import { setLocalTag } from '../../../lib/standalone/local-tag';
import { previewContextFile } from '../../../lib/standalone/preview';
import { PreviewOutcomeSchema } from '../../../lib/standalone/preview-outcome';
import { makeDb } from '../db/make-db';
import { BAD_STATUS_YAML } from './context-files';

const FIRST = `workspace: Acme
buckets:
  - { id: ktlo, name: Keep the lights on }
  - { id: new, name: New capabilities }
missions:
  - id: m1
    title: Self-serve
    goals:
      - id: g1
        title: Activation
        intents:
          - { id: i1, title: Guided setup, bucket: new }
links:
  - { ticket: "jira:acme.atlassian.net/PAY-42", intent: i1 }
rules:
  - { id: ops, name: Ops team, when: { tracker: linear, project: OPS }, bucket: ktlo }
`;

const SECOND = `workspace: Acme 2
buckets:
  - { id: ktlo, name: Keep the lights on }
  - { id: new, name: New capabilities }
  - { id: quality, name: Quality }
missions:
  - id: m1
    title: Self-serve
    goals:
      - id: g1
        title: Activation
        intents:
          - { id: i1, title: Guided setup for new workspaces, bucket: new }
links:
  - { ticket: "jira:acme.atlassian.net/PAY-42", intent: i1 }
  - { ticket: "linear:acme/ENG-9", noFit: true, note: Vendor move }
rules:
  - { id: ops, name: Ops team is quality, when: { tracker: linear, project: OPS }, bucket: quality }
  - { id: hotfix, name: Hotfixes keep the lights on, when: { titleHas: [hotfix] }, bucket: ktlo }
`;

const NOW = new Date('2026-11-30T10:00:00.000Z');
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

async function standaloneWithHistory() {
  const db = makeDb();
  await importContextFile(db, FIRST, 'first.yaml');
  await setLocalTag(db, { ticketId: 'jira:acme.atlassian.net/WEB-2', bucketId: 'ktlo' });
  const opened: [string, string][] = [
    ['linear:acme/OPS-3', 'Renew certificates'],
    ['linear:acme/OPS-4', 'Hotfix the nightly cron'],
    ['github:github.com/acme/app#9', 'hotfix: PAY-42 retries twice'],
    ['jira:acme.atlassian.net/WEB-1', 'Hotfix the landing page'],
  ];
  for (const [i, [id, title]] of opened.entries())
    await recordRecentTicket(db, { id, title }, minutesAgo(10 - i));
  return db;
}

const everything = (db: ReturnType<typeof makeDb>) =>
  Promise.all(db.tables.map((table) => table.toArray()));

describe('preview before a standalone import', () => {
  it('names what would be added, changed and removed, and writes nothing', async () => {
    const db = await standaloneWithHistory();
    const before = await everything(db);
    const outcome = await previewContextFile(db, SECOND, NOW);
    expect(PreviewOutcomeSchema.safeParse(outcome).error).toBeUndefined();
    if (!outcome.ok) throw new Error('refused');
    const { preview } = outcome;
    expect(preview.workspace).toEqual({ from: 'Acme', to: 'Acme 2' });
    expect(preview.byType).toEqual({
      bucket: { added: 1, changed: 0, removed: 0, unchanged: 2 },
      mission: { added: 0, changed: 0, removed: 0, unchanged: 1 },
      goal: { added: 0, changed: 0, removed: 0, unchanged: 1 },
      intent: { added: 0, changed: 1, removed: 0, unchanged: 0 },
      // The tag made in this browser is not in the file: importing replaces it.
      link: { added: 1, changed: 0, removed: 1, unchanged: 1 },
      rule: { added: 1, changed: 1, removed: 0, unchanged: 0 },
    });
    expect(preview.changed.map(({ type, label, change }) => `${change} ${type} ${label}`)).toEqual([
      'added bucket Quality',
      'changed intent Guided setup for new workspaces',
      'added link ENG-9',
      'removed link WEB-2',
      'added rule Hotfixes keep the lights on',
      'changed rule Ops team is quality',
    ]);
    expect(preview.leftOut).toBe(0);
    expect(await everything(db)).toEqual(before);
  });

  it('says how many tickets known here each new or changed rule would catch, and decide', async () => {
    const db = await standaloneWithHistory();
    const outcome = await previewContextFile(db, SECOND, NOW);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.preview.rules).toEqual([
      // OPS-3 and OPS-4: no tag, nothing named; the first rule that holds is this one.
      { id: 'ops', name: 'Ops team is quality', change: 'changed', catches: 2, decides: 2 },
      // OPS-4 (an earlier rule wins), acme/app#9 (via PAY-42) and WEB-1 (this rule decides).
      {
        id: 'hotfix',
        name: 'Hotfixes keep the lights on',
        change: 'added',
        catches: 3,
        decides: 1,
      },
    ]);
    // 4 opened lately, PAY-42 and WEB-2 linked now, ENG-9 linked in the file.
    expect(outcome.preview.knownTickets).toBe(7);
    expect(outcome.preview.recent).toEqual({ total: 4, withWhyNow: 3, withWhyAfter: 4 });
  });

  it('counts rules on a first import against the tickets opened lately', async () => {
    const db = makeDb();
    await recordRecentTicket(db, { id: 'linear:acme/OPS-3', title: 'Renew' }, minutesAgo(1));
    const outcome = await previewContextFile(db, FIRST, NOW);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.preview.workspace).toEqual({ to: 'Acme' });
    expect(outcome.preview.byType.rule).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 0 });
    expect(outcome.preview.rules).toEqual([
      { id: 'ops', name: 'Ops team', change: 'added', catches: 1, decides: 1 },
    ]);
    expect(outcome.preview.recent).toEqual({ total: 1, withWhyNow: 0, withWhyAfter: 1 });
  });

  it('names at most ten of a kind and counts the rest', async () => {
    const db = makeDb();
    const links = Array.from(
      { length: 13 },
      (_, i) => `  - { ticket: "linear:acme/ENG-${i + 1}", bucket: ktlo }`,
    );
    const file = `workspace: Acme\nbuckets:\n  - { id: ktlo, name: KTLO }\nmissions: []\nlinks:\n${links.join('\n')}\n`;
    const outcome = await previewContextFile(db, file, NOW);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.preview.changed.filter((c) => c.type === 'link')).toHaveLength(10);
    expect(outcome.preview.leftOut).toBe(3);
    expect(outcome.preview.byType.link.added).toBe(13);
  });

  it('refuses a malformed file with the same problems as the import', async () => {
    const db = makeDb();
    const outcome = await previewContextFile(db, BAD_STATUS_YAML, NOW);
    expect(outcome).toEqual(await importContextFile(db, BAD_STATUS_YAML));
    expect(outcome.ok).toBe(false);
  });

  it('refuses while connected to a context API', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', {
      apiUrl: 'https://api.example.com',
      token: 't',
      workspaceId: 'w',
      workspaceName: 'Acme',
      userName: 'Ana',
      connectedAt: NOW.toISOString(),
    });
    const outcome = await previewContextFile(db, FIRST, NOW);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]?.message).toMatch(/connected to a context API/);
  });
});
