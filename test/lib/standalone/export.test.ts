import { describe, expect, it } from 'vitest';
import { parseContextFile } from '../../../lib/context-file/parse';
import { entitiesOfContextFile, type DeclaredEntity } from '../../../lib/context-file/to-entities';
import type { ContextFile } from '../../../lib/schema/context-file';
import { contextFileOf } from '../../../lib/standalone/context-file-of';
import {
  contextFileYaml,
  exportFileName,
  exportLocalContext,
} from '../../../lib/standalone/export';
import { importContextFile } from '../../../lib/standalone/import';
import { clearLocalTag, setLocalTag } from '../../../lib/standalone/local-tag';
import { makeDb } from '../db/make-db';
import { DEMO_YAML } from './context-files';

function parsed(text: string): ContextFile {
  const result = parseContextFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

/** Entities in a stable order: an export lists rows by id, a hand-written file in any order. */
function sorted(entities: DeclaredEntity[]) {
  return [...entities].sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`));
}

describe('export as a context file', () => {
  it('round-trips: an imported file exports to YAML that parses back to the same context', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    const yaml = contextFileYaml(await exportLocalContext(db));
    const again = parsed(yaml);
    expect(again.workspace).toBe('Acme');
    expect(sorted(entitiesOfContextFile(again))).toEqual(
      sorted(entitiesOfContextFile(parsed(DEMO_YAML))),
    );
  });

  it('includes tags made locally and leaves out removed ones', async () => {
    const db = makeDb();
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    await setLocalTag(db, {
      ticketId: 'linear:acme/ENG-500',
      intentId: 'guided-setup',
      title: 'Welcome tour',
      url: 'https://linear.app/acme/issue/ENG-500',
    });
    await clearLocalTag(db, 'linear:acme/ENG-7');
    const file = parsed(contextFileYaml(await exportLocalContext(db)));
    expect(file.links).toContainEqual({
      ticket: 'linear:acme/ENG-500',
      intent: 'guided-setup',
      title: 'Welcome tour',
      url: 'https://linear.app/acme/issue/ENG-500',
    });
    expect(file.links.map((link) => link.ticket)).not.toContain('linear:acme/ENG-7');
  });

  it('drops references to rows that are not stored, so the file still imports', () => {
    const at = '2026-11-01T10:00:00.000Z';
    const server = { version: 1, updatedAt: at };
    const exported = contextFileOf({
      workspace: 'Acme',
      buckets: [{ id: 'ktlo', name: 'KTLO', ...server }],
      missions: [],
      goals: [{ id: 'orphan-goal', missionId: 'gone', title: 'Orphan', ...server }],
      intents: [{ id: 'orphan-intent', goalId: 'orphan-goal', title: 'Orphan', ...server }],
      links: [
        {
          id: 'linear:acme/ENG-1',
          ticketId: 'linear:acme/ENG-1',
          intentId: 'orphan-intent',
          bucketId: 'ktlo',
          linkedAt: at,
          ...server,
        },
        {
          id: 'linear:acme/ENG-2',
          ticketId: 'linear:acme/ENG-2',
          intentId: 'orphan-intent',
          linkedAt: at,
          ...server,
        },
        {
          id: 'linear:acme/ENG-3',
          ticketId: 'linear:acme/ENG-3',
          bucketId: 'ktlo',
          linkedAt: at,
          pending: 'clear',
          ...server,
        },
        {
          id: 'linear:acme/ENG-4',
          ticketId: 'linear:acme/ENG-4',
          noFit: true,
          note: 'Customer escalation',
          linkedAt: at,
          ...server,
        },
      ],
      rules: [
        {
          id: 'ops',
          name: 'Ops keeps the lights on',
          position: 1,
          when: { tracker: 'linear', project: 'OPS' },
          bucketId: 'ktlo',
          ...server,
        },
        {
          id: 'orphan-rule',
          name: 'Points at a missing intent',
          position: 0,
          when: { titleHas: ['orphan'] },
          intentId: 'orphan-intent',
          ...server,
        },
      ],
    });
    expect(exported.file.links).toEqual([
      { ticket: 'linear:acme/ENG-1', bucket: 'ktlo' },
      { ticket: 'linear:acme/ENG-4', noFit: true, note: 'Customer escalation' },
    ]);
    expect(exported.file.rules).toEqual([
      {
        id: 'ops',
        name: 'Ops keeps the lights on',
        when: { tracker: 'linear', project: 'OPS' },
        bucket: 'ktlo',
      },
    ]);
    expect(exported.skipped).toBe(4);
    expect(parseContextFile(contextFileYaml(exported)).ok).toBe(true);
  });

  it('names the file after the workspace and the day', () => {
    expect(exportFileName('Acme Corp.', new Date('2026-11-02T09:00:00Z'))).toBe(
      'acme-corp-context-2026-11-02.yaml',
    );
  });
});
