import { describe, expect, it } from 'vitest';
import { readMeta, writeMeta } from '../../../lib/db/meta';
import { importContextFile } from '../../../lib/standalone/import';
import { demoChanges, makeDb } from '../db/make-db';
import { applyPage } from '../../../lib/db/apply-changes';
import { BAD_STATUS_YAML, DEMO_YAML } from './context-files';

const NOW = '2026-11-02T09:00:00.000Z';
const CONNECTION = {
  apiUrl: 'https://api.example.com',
  token: 't',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: NOW,
};

async function snapshot(db: ReturnType<typeof makeDb>) {
  return Promise.all(db.tables.map((table) => table.toArray()));
}

describe('standalone import', () => {
  it('writes the context of a file as local rows stamped with version 1 and the import time', async () => {
    const db = makeDb();
    const outcome = await importContextFile(db, DEMO_YAML, 'demo.yaml', NOW);
    expect(outcome).toMatchObject({ ok: true, workspaceName: 'Acme' });
    if (!outcome.ok) return;
    expect(outcome.counts.link).toBe(await db.links.count());
    expect(await db.intents.get('guided-setup')).toMatchObject({
      goalId: 'activation',
      bucketId: 'new-capabilities',
      version: 1,
      updatedAt: NOW,
    });
    expect(await db.links.get('github:github.com/octolinker/testrepo#2')).toMatchObject({
      intentId: 'guided-setup',
      linkedAt: NOW,
    });
    expect(await readMeta(db, 'standalone')).toEqual({
      workspaceName: 'Acme',
      importedAt: NOW,
      fileName: 'demo.yaml',
    });
  });

  it('reads JSON as well as YAML', async () => {
    const json = JSON.stringify({
      workspace: 'Json Co',
      buckets: [{ id: 'b', name: 'Bucket' }],
      links: [{ ticket: 'linear:acme/ENG-1', bucket: 'b' }],
    });
    const outcome = await importContextFile(makeDb(), json, 'ctx.json', NOW);
    expect(outcome).toMatchObject({ ok: true, counts: { bucket: 1, link: 1, mission: 0 } });
  });

  it('refuses a malformed file with the path and line of each problem, changing nothing', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml', NOW);
    const before = await snapshot(db);
    const outcome = await importContextFile(db, BAD_STATUS_YAML, 'bad.yaml');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toMatchObject({
      path: 'missions[0].goals[0].status',
      line: 9,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports a YAML syntax error with its line', async () => {
    const outcome = await importContextFile(makeDb(), 'workspace: Acme\nbuckets: [\n  { id: a\n');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]?.line).toBeGreaterThan(0);
  });

  it('refuses a file over 5 MB without reading it into the store', async () => {
    const db = makeDb();
    const huge = `workspace: Acme\n# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const outcome = await importContextFile(db, huge);
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/5 MB/) }],
    });
    expect(await db.meta.count()).toBe(0);
  });

  it('refuses while connected to a server, keeping the synced context', async () => {
    const db = makeDb();
    await writeMeta(db, 'connection', CONNECTION);
    await applyPage(db, demoChanges(), 'c1');
    const before = await snapshot(db);
    const outcome = await importContextFile(db, DEMO_YAML, 'demo.yaml');
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/Disconnect/) }],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('replaces a previous import entirely, tags made since included', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml', NOW);
    const small = 'workspace: Small\nbuckets:\n  - { id: only, name: Only }\n';
    expect(await importContextFile(db, small, 'small.yaml', NOW)).toMatchObject({ ok: true });
    expect(await db.buckets.toCollection().primaryKeys()).toEqual(['only']);
    expect(await db.links.count()).toBe(0);
    expect((await readMeta(db, 'standalone'))?.workspaceName).toBe('Small');
  });
});
