import { ruleMatches } from '../../lib/coverage/rule-match';
import { ticketFacts } from '../../lib/coverage/ticket-facts';
import { entitiesOfContextFile } from '../../lib/context-file/to-entities';
import type { ContextFile } from '../../lib/schema/context-file';
import { ENTITY_TYPES, RuleConditionsSchema, type EntityType } from '../../lib/schema/entities';
import { readAllEntities, type StoredEntity } from '../entities';
import type { Queryable } from '../store/store';
import { readWorkspace } from '../workspace';
import { planImport, type ImportCounts, type ImportPlan } from './plan';

export interface RulePreview {
  id: string;
  name: string;
  change: 'created' | 'updated';
  /** How many of the tickets the server knows (its live links) this rule would catch. */
  catches: number;
}

/** What importing `file` would change, computed from the same plan an import applies. */
export interface ImportPreview {
  workspace: { from: string; to: string };
  byType: Record<EntityType, ImportCounts>;
  rules: RulePreview[];
  knownTickets: number;
}

const zeroCounts = (): ImportCounts => ({ created: 0, updated: 0, deleted: 0, unchanged: 0 });

function countByType(plan: ImportPlan): Record<EntityType, ImportCounts> {
  const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, zeroCounts()])) as Record<
    EntityType,
    ImportCounts
  >;
  for (const { type, change } of plan.changes) byType[type][change]++;
  return byType;
}

/** The stored live links as rule-matching facts, titled where the link keeps a title. */
function knownTicketFacts(stored: readonly StoredEntity[]) {
  return stored
    .filter((entity) => entity.type === 'link' && !entity.deleted)
    .map((link) =>
      ticketFacts(link.id, typeof link.data.title === 'string' ? link.data.title : undefined),
    )
    .filter((facts) => facts !== null);
}

/** Reads the store and plans the import of `file` without writing anything. */
export async function previewImport(db: Queryable, file: ContextFile): Promise<ImportPreview> {
  const stored = await readAllEntities(db);
  const declared = entitiesOfContextFile(file);
  const plan = planImport(declared, stored, new Date().toISOString());
  const tickets = knownTicketFacts(stored);
  const changed = new Map(
    plan.changes
      .filter((c) => c.type === 'rule' && (c.change === 'created' || c.change === 'updated'))
      .map((c) => [c.id, c.change as RulePreview['change']]),
  );
  const rules: RulePreview[] = [];
  for (const entity of declared) {
    const change = changed.get(entity.id);
    if (entity.type !== 'rule' || change === undefined) continue;
    const when = RuleConditionsSchema.parse(entity.data.when);
    rules.push({
      id: entity.id,
      name: String(entity.data.name),
      change,
      catches: tickets.filter((ticket) => ruleMatches(when, ticket)).length,
    });
  }
  const { name } = await readWorkspace(db);
  return {
    workspace: { from: name, to: file.workspace },
    byType: countByType(plan),
    rules,
    knownTickets: tickets.length,
  };
}
