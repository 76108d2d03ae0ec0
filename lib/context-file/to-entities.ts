import type { EntityType } from '../schema/entities';
import type { ContextFile } from '../schema/context-file';

/** An entity as the context file states it: no server fields, links without linkedAt. */
export interface DeclaredEntity {
  type: EntityType;
  id: string;
  data: Record<string, unknown>;
}

/** Drops undefined fields so that equal content compares equal after a JSON round-trip. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Flattens the nested file into entities, parents before children. */
export function entitiesOfContextFile(file: ContextFile): DeclaredEntity[] {
  const out: DeclaredEntity[] = [];
  for (const { id, ...bucket } of file.buckets)
    out.push({ type: 'bucket', id, data: compact(bucket) });
  for (const { id: missionId, goals, ...mission } of file.missions) {
    out.push({ type: 'mission', id: missionId, data: compact(mission) });
    for (const { id: goalId, intents, ...goal } of goals) {
      out.push({ type: 'goal', id: goalId, data: compact({ ...goal, missionId }) });
      for (const { id, bucket, ...intent } of intents)
        out.push({ type: 'intent', id, data: compact({ ...intent, goalId, bucketId: bucket }) });
    }
  }
  for (const { ticket, intent, bucket, ...link } of file.links)
    out.push({
      type: 'link',
      id: ticket,
      data: compact({ ...link, ticketId: ticket, intentId: intent, bucketId: bucket }),
    });
  file.rules.forEach(({ id, intent, bucket, ...rule }, position) =>
    out.push({
      type: 'rule',
      id,
      data: compact({ ...rule, position, intentId: intent, bucketId: bucket }),
    }),
  );
  return out;
}
