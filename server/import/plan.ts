import type { DeclaredEntity } from '../../lib/context-file/to-entities';
import type { EntityType } from '../../lib/schema/entities';
import { entityKey, type EntityData, type EntityWrite, type StoredEntity } from '../entities';

/** `linkedBy` of links that come from a context file; any other value names a person. */
export const IMPORT_LINKED_BY = 'import';

export interface ImportCounts {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export type ImportChange = keyof ImportCounts;

export interface ImportPlan {
  writes: EntityWrite[];
  counts: ImportCounts;
  /** What happens to each entity the file or the store has; for previews (dry runs). */
  changes: { type: EntityType; id: string; change: ImportChange }[];
}

/**
 * Children first, so that a reader part-way through the feed never holds a child of a deleted parent.
 * Rules point at intents and buckets, so they go before them (and are written after them: the
 * file's entities come parents first, rules last, see entitiesOfContextFile).
 */
const DELETE_ORDER: readonly EntityType[] = ['link', 'rule', 'intent', 'goal', 'mission', 'bucket'];

/** JSON with sorted keys: jsonb does not keep key order, so stored and declared data differ in it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function withoutLinkedAt({ linkedAt: _linkedAt, ...rest }: EntityData): EntityData {
  return rest;
}

function sameContent(type: EntityType, stored: EntityData, declared: EntityData): boolean {
  // A link's linkedAt says when it was linked, not what it says: it alone is no change.
  if (type === 'link')
    return canonical(withoutLinkedAt(stored)) === canonical(withoutLinkedAt(declared));
  return canonical(stored) === canonical(declared);
}

/** Links tagged by people through POST /v1/mutations, as opposed to links from a file. */
function createdByMutation(entity: StoredEntity): boolean {
  const linkedBy = entity.data.linkedBy;
  return entity.type === 'link' && typeof linkedBy === 'string' && linkedBy !== IMPORT_LINKED_BY;
}

/**
 * What importing a context file changes: the file is the whole truth for missions, goals, intents,
 * buckets, rules and the links it lists. Entities it does not list are deleted, with one exception:
 *
 * Links that people made through mutations (linkedBy is a user, not "import") are kept even when
 * the file does not list them: a file is edited by product operations, tags are made by everyone,
 * and a re-import must not wipe the tagging work of the whole company. Such a kept link keeps its
 * intentId / bucketId even when that intent or bucket is deleted by this import; clients show it
 * as pointing at something removed, and the person can re-tag it. A link that the file does list
 * is taken from the file (and becomes the file's, linkedBy "import").
 *
 * Rules exist only in the file (no mutation makes one), so an intent or bucket this import deletes
 * never keeps a rule pointing at it: a rule the new file still lists must name an intent or bucket
 * the same file declares (the context file schema refuses it otherwise, with its path), and a rule
 * it no longer lists is deleted here, before the intents and buckets it pointed at.
 *
 * Pure: `now` is the linkedAt for links that are new or changed; unchanged links keep theirs, so
 * that importing the same file twice writes nothing the second time.
 */
export function planImport(
  declared: readonly DeclaredEntity[],
  stored: readonly StoredEntity[],
  now: string,
): ImportPlan {
  const byKey = new Map(stored.map((entity) => [entityKey(entity.type, entity.id), entity]));
  const counts: ImportCounts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const writes: EntityWrite[] = [];
  const changes: ImportPlan['changes'] = [];
  const count = (type: EntityType, id: string, change: ImportChange) => {
    counts[change]++;
    changes.push({ type, id, change });
  };
  const declaredKeys = new Set<string>();

  for (const entity of declared) {
    const key = entityKey(entity.type, entity.id);
    declaredKeys.add(key);
    const existing = byKey.get(key);
    const data =
      entity.type === 'link'
        ? { ...entity.data, linkedBy: IMPORT_LINKED_BY, linkedAt: now }
        : entity.data;
    if (existing === undefined || existing.deleted) count(entity.type, entity.id, 'created');
    else if (sameContent(entity.type, existing.data, data)) {
      count(entity.type, entity.id, 'unchanged');
      continue;
    } else count(entity.type, entity.id, 'updated');
    writes.push({ type: entity.type, id: entity.id, data, deleted: false });
  }

  const deletes = stored.filter(
    (entity) =>
      !entity.deleted &&
      !declaredKeys.has(entityKey(entity.type, entity.id)) &&
      !createdByMutation(entity),
  );
  deletes.sort((a, b) => DELETE_ORDER.indexOf(a.type) - DELETE_ORDER.indexOf(b.type));
  for (const entity of deletes) {
    count(entity.type, entity.id, 'deleted');
    writes.push({ type: entity.type, id: entity.id, data: {}, deleted: true });
  }
  return { writes, counts, changes };
}
