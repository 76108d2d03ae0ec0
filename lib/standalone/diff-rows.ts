import { ENTITY_TYPES, type EntityType } from '../schema/entities';
import { keyOfTicketId } from '../trackers/ticket-ids';
import type { ChangedEntity, ChangeKind, TypeChanges } from './preview-outcome';

/** A row of any entity table, as stored locally or stamped from a file. */
export type AnyRow = { id: string };
export type RowsOf = Record<EntityType, readonly AnyRow[]>;

/**
 * Fields that say when or how a row was stored, not what it says: a standalone import stamps them
 * afresh (version 1, now, "import"), so comparing them would call every row changed.
 */
const BOOKKEEPING = new Set([
  'version',
  'updatedAt',
  'linkedAt',
  'linkedBy',
  'pending',
  'base',
  'mentionKey',
]);

/** JSON with sorted keys and without bookkeeping: equal content, equal text. */
function contentOf(row: AnyRow): string {
  return JSON.stringify(row, (key, value: unknown) => {
    if (BOOKKEEPING.has(key)) return undefined;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value;
  });
}

export function labelOf(type: EntityType, row: AnyRow): string {
  if (type === 'link') return keyOfTicketId(row.id);
  const { name: named, title } = row as { name?: unknown; title?: unknown };
  const name = type === 'bucket' || type === 'rule' ? named : title;
  return typeof name === 'string' && name ? name : row.id;
}

export interface RowsDiff {
  byType: Record<EntityType, TypeChanges>;
  changed: ChangedEntity[];
  leftOut: number;
  /** The ids of every added and changed rule (not capped): the rules a preview measures. */
  rulesAddedOrChanged: Map<string, 'added' | 'changed'>;
}

/**
 * What replacing the local rows `before` with `after` changes, per type, with the changed
 * entities named (at most `perKind` for each type and kind of change, in the file's order).
 */
export function diffRows(before: RowsOf, after: RowsOf, perKind = 10): RowsDiff {
  const byType = {} as Record<EntityType, TypeChanges>;
  const changed: ChangedEntity[] = [];
  let leftOut = 0;
  const rulesAddedOrChanged = new Map<string, 'added' | 'changed'>();
  for (const type of ENTITY_TYPES) {
    const old = new Map(before[type].map((row) => [row.id, row]));
    const kinds: Record<ChangeKind, AnyRow[]> = { added: [], changed: [], removed: [] };
    let unchanged = 0;
    for (const row of after[type]) {
      const previous = old.get(row.id);
      old.delete(row.id);
      if (!previous) kinds.added.push(row);
      else if (contentOf(previous) !== contentOf(row)) kinds.changed.push(row);
      else unchanged += 1;
    }
    kinds.removed.push(...old.values());
    if (type === 'rule')
      for (const change of ['added', 'changed'] as const)
        for (const row of kinds[change]) rulesAddedOrChanged.set(row.id, change);
    byType[type] = {
      added: kinds.added.length,
      changed: kinds.changed.length,
      removed: kinds.removed.length,
      unchanged,
    };
    for (const change of ['added', 'changed', 'removed'] as const) {
      const rows = kinds[change];
      leftOut += Math.max(0, rows.length - perKind);
      for (const row of rows.slice(0, perKind))
        changed.push({ type, id: row.id, label: labelOf(type, row), change });
    }
  }
  return { byType, changed, leftOut, rulesAddedOrChanged };
}
