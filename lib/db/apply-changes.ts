import type { Table } from 'dexie';
import { ENTITY_SCHEMAS, ENTITY_TYPES, type EntityType, type Link } from '../schema/entities';
import { ChangeSchema } from '../schema/sync';
import type { QuarantinedChange, ThroughlineDb } from './database';
import { writeMeta } from './meta';
import { TABLE_OF_TYPE, entityTables } from './tables';

/** Bad changes kept for people to report: the newest ones, each cut to a preview. */
export const QUARANTINE_MAX_ROWS = 500;
export const QUARANTINE_PREVIEW_CHARS = 2_000;

interface PlannedChanges {
  puts: Map<EntityType, Map<string, Record<string, unknown>>>;
  deletes: Map<EntityType, Set<string>>;
  quarantined: QuarantinedChange[];
}

/**
 * Validates each raw change on its own (a bad item is quarantined, the rest still apply) and keeps
 * only the last operation per entity, since a page is ordered by version.
 */
export function planChanges(
  rawChanges: readonly unknown[],
  now = new Date().toISOString(),
): PlannedChanges {
  const plan: PlannedChanges = {
    puts: new Map(ENTITY_TYPES.map((type) => [type, new Map()])),
    deletes: new Map(ENTITY_TYPES.map((type) => [type, new Set()])),
    quarantined: [],
  };
  for (const raw of rawChanges) {
    const change = ChangeSchema.safeParse(raw);
    if (!change.success) {
      plan.quarantined.push(
        quarantined(raw, change.error.issues[0]?.message ?? 'invalid change', now),
      );
      continue;
    }
    const { type, id } = change.data;
    if (change.data.op === 'delete') {
      plan.puts.get(type)?.delete(id);
      plan.deletes.get(type)?.add(id);
      continue;
    }
    const entity = ENTITY_SCHEMAS[type].safeParse(change.data.data);
    if (!entity.success || entity.data.id !== id) {
      const issue = entity.success ? undefined : entity.error.issues[0];
      const reason = issue
        ? `${type} ${id}: ${issue.path.join('.') || 'value'}: ${issue.message}`
        : `${type} ${id}: data.id does not match the change id`;
      plan.quarantined.push(quarantined(raw, reason, now));
      continue;
    }
    plan.deletes.get(type)?.delete(id);
    plan.puts.get(type)?.set(id, entity.data);
  }
  return plan;
}

/**
 * Applies one sync page and its cursor in a single transaction, so a worker killed at any moment
 * resumes from a cursor that matches the data. A link with a pending local change keeps it: the
 * server's row becomes its `base` (what a refusal rolls back to), and the outbox settles the rest.
 */
export async function applyPage(
  db: ThroughlineDb,
  rawChanges: readonly unknown[],
  cursor: string,
): Promise<number> {
  const plan = planChanges(rawChanges);
  await db.transaction('rw', [...entityTables(db), db.meta, db.quarantine], async () => {
    const linkPuts = plan.puts.get('link') ?? new Map<string, Record<string, unknown>>();
    const linkDeletes = plan.deletes.get('link') ?? new Set<string>();
    const touched = await db.links.bulkGet([...linkPuts.keys(), ...linkDeletes]);
    const pending = new Set(touched.filter((link) => link?.pending).map((link) => link!.id));
    for (const id of pending) {
      await db.links.update(id, { base: (linkPuts.get(id) as Link | undefined) ?? null });
      linkPuts.delete(id);
      linkDeletes.delete(id);
    }
    await setAsideRulesWithUnknownTargets(db, plan);
    for (const type of ENTITY_TYPES) {
      const table = db[TABLE_OF_TYPE[type]] as Table<unknown, string>;
      const puts = [...(plan.puts.get(type)?.values() ?? [])];
      const deletes = [...(plan.deletes.get(type) ?? [])];
      if (puts.length > 0) await table.bulkPut(puts);
      if (deletes.length > 0) await table.bulkDelete(deletes);
    }
    if (plan.quarantined.length > 0) await keepQuarantined(db, plan.quarantined);
    await writeMeta(db, 'cursor', cursor);
  });
  return rawChanges.length - plan.quarantined.length;
}

/**
 * A rule must point at an intent or bucket that exists (after this page): a rule that would send
 * tickets to nothing is quarantined with the reason, and the rest of the page applies. Links are
 * not checked: a tag keeps pointing at an intent an import deleted (DESIGN.md "Context file").
 */
async function setAsideRulesWithUnknownTargets(db: ThroughlineDb, plan: PlannedChanges) {
  const rules = plan.puts.get('rule');
  if (!rules || rules.size === 0) return;
  const exists = async (type: 'intent' | 'bucket', id: string) => {
    if (plan.puts.get(type)?.has(id)) return true;
    if (plan.deletes.get(type)?.has(id)) return false;
    const table = type === 'intent' ? db.intents : db.buckets;
    return (await table.get(id)) !== undefined;
  };
  const now = new Date().toISOString();
  for (const [id, rule] of rules) {
    const { intentId, bucketId } = rule as { intentId?: string; bucketId?: string };
    const unknown =
      intentId !== undefined && !(await exists('intent', intentId))
        ? `intent "${intentId}"`
        : bucketId !== undefined && !(await exists('bucket', bucketId))
          ? `bucket "${bucketId}"`
          : undefined;
    if (!unknown) continue;
    rules.delete(id);
    plan.quarantined.push(quarantined(rule, `rule ${id}: unknown ${unknown}`, now));
  }
}

/** A bad change as kept: a bounded preview of what arrived, not the whole (maybe huge) value. */
function quarantined(raw: unknown, reason: string, receivedAt: string): QuarantinedChange {
  let preview: string;
  try {
    preview = JSON.stringify(raw) ?? String(raw);
  } catch {
    preview = String(raw);
  }
  return {
    raw: preview.slice(0, QUARANTINE_PREVIEW_CHARS),
    reason: reason.slice(0, 500),
    receivedAt,
  };
}

/** Adds the newest bad changes and forgets the oldest beyond the cap. */
async function keepQuarantined(db: ThroughlineDb, rows: QuarantinedChange[]): Promise<void> {
  await db.quarantine.bulkAdd(rows.slice(-QUARANTINE_MAX_ROWS));
  const excess = (await db.quarantine.count()) - QUARANTINE_MAX_ROWS;
  if (excess > 0) await db.quarantine.orderBy('seq').limit(excess).delete();
}
