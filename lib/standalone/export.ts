import { stringify } from 'yaml';
import type { ThroughlineDb } from '../db/database';
import { readMeta } from '../db/meta';
import { contextFileOf, type ExportedContext } from './context-file-of';

/** Everything the store holds, read in one transaction so an export never mixes two syncs. */
export async function exportLocalContext(db: ThroughlineDb): Promise<ExportedContext> {
  return db.transaction(
    'r',
    [db.buckets, db.missions, db.goals, db.intents, db.links, db.rules, db.meta],
    async () => {
      const [standalone, connection] = await Promise.all([
        readMeta(db, 'standalone'),
        readMeta(db, 'connection'),
      ]);
      return contextFileOf({
        workspace: standalone?.workspaceName ?? connection?.workspaceName ?? 'Throughline',
        buckets: await db.buckets.toArray(),
        missions: await db.missions.toArray(),
        goals: await db.goals.toArray(),
        intents: await db.intents.toArray(),
        links: await db.links.toArray(),
        rules: await db.rules.toArray(),
      });
    },
  );
}

/** The context file as YAML, with a header saying where it came from. */
export function contextFileYaml({ file }: ExportedContext, now = new Date()): string {
  const header = `# Throughline context file, exported from the browser extension on ${now.toISOString()}.\n`;
  return header + stringify(file, { lineWidth: 100 });
}

/** A file name people can tell apart: workspace and date. */
export function exportFileName(workspace: string, now = new Date()): string {
  const slug =
    workspace
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'context';
  return `${slug}-context-${now.toISOString().slice(0, 10)}.yaml`;
}
