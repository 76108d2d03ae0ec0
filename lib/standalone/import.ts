import { forgetLocalData, localDataScope } from '../connection/local-data';
import {
  CONTEXT_FILE_MAX_BYTES,
  parseContextFile,
  type ContextFileProblem,
} from '../context-file/parse';
import type { ThroughlineDb } from '../db/database';
import { readMeta, writeMeta } from '../db/meta';
import type { EntityType } from '../schema/entities';
import { stampRows } from './rows';

export type ImportCounts = Record<EntityType, number>;

export type ImportOutcome =
  | { ok: true; workspaceName: string; counts: ImportCounts }
  | { ok: false; problems: ContextFileProblem[] };

const fail = (message: string): ImportOutcome => ({ ok: false, problems: [{ path: '', message }] });

/**
 * Standalone mode: a context file (YAML or JSON, DESIGN.md "Context file") becomes the local
 * context, with no server. The file is checked whole first; only a valid file changes anything,
 * and then it replaces the previous local context in one transaction. Refused while connected: the
 * server is then the source of truth, and its admins import files there.
 */
export async function importContextFile(
  db: ThroughlineDb,
  text: string,
  fileName?: string,
  now = new Date().toISOString(),
): Promise<ImportOutcome> {
  if (new Blob([text]).size > CONTEXT_FILE_MAX_BYTES)
    return fail('The file is larger than 5 MB. Split it, or import it into a server instead.');
  const parsed = parseContextFile(text);
  if (!parsed.ok) return parsed;
  const stamped = stampRows(parsed.file, now);
  if (!stamped.ok) return stamped;
  const { rows } = stamped;
  return db.transaction('rw', localDataScope(db), async () => {
    if (await readMeta(db, 'connection'))
      return fail('Throughline is connected to a context API. Disconnect before importing a file.');
    await forgetLocalData(db);
    await db.buckets.bulkAdd(rows.bucket);
    await db.missions.bulkAdd(rows.mission);
    await db.goals.bulkAdd(rows.goal);
    await db.intents.bulkAdd(rows.intent);
    await db.links.bulkAdd(rows.link);
    await db.rules.bulkAdd(rows.rule);
    await writeMeta(db, 'standalone', {
      workspaceName: parsed.file.workspace,
      importedAt: now,
      fileName,
    });
    const counts: ImportCounts = {
      bucket: rows.bucket.length,
      mission: rows.mission.length,
      goal: rows.goal.length,
      intent: rows.intent.length,
      link: rows.link.length,
      rule: rows.rule.length,
    };
    return { ok: true as const, workspaceName: parsed.file.workspace, counts };
  });
}
