import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContextFile } from '../../../lib/context-file/parse';
import { entitiesOfContextFile } from '../../../lib/context-file/to-entities';
import {
  BucketSchema,
  GoalSchema,
  IntentSchema,
  LinkSchema,
  MissionSchema,
  type EntityType,
} from '../../../lib/schema/entities';
import type { SearchCorpus } from '../../../lib/search/documents';

const DEMO = join(import.meta.dirname, '..', '..', '..', 'server', 'seed', 'demo.yaml');
const AT = '2026-11-01T10:00:00.000Z';

/** The demo context (server/seed/demo.yaml) as sync changes, the way the popup's store gets it. */
export function demoSyncChanges() {
  const parsed = parseContextFile(readFileSync(DEMO, 'utf8'));
  if (!parsed.ok) throw new Error('demo.yaml does not parse');
  return entitiesOfContextFile(parsed.file).map((entity, i) => ({
    type: entity.type,
    op: 'put',
    id: entity.id,
    version: i + 1,
    data: {
      ...entity.data,
      ...(entity.type === 'link' ? { linkedAt: AT, linkedBy: 'import' } : {}),
      id: entity.id,
      version: i + 1,
      updatedAt: AT,
    },
  }));
}

/** The demo context as the rows the search index is built from, each checked by its schema. */
export function demoCorpus(): SearchCorpus {
  const changes = demoSyncChanges();
  const rows = <T>(type: EntityType, schema: { parse(value: unknown): T }): T[] =>
    changes.filter((change) => change.type === type).map((change) => schema.parse(change.data));
  return {
    buckets: rows('bucket', BucketSchema),
    missions: rows('mission', MissionSchema),
    goals: rows('goal', GoalSchema),
    intents: rows('intent', IntentSchema),
    links: rows('link', LinkSchema),
  };
}
