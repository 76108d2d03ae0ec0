import type { EntityType } from '../schema/entities';
import type { ThroughlineDb } from './database';

export const TABLE_OF_TYPE = {
  bucket: 'buckets',
  mission: 'missions',
  goal: 'goals',
  intent: 'intents',
  link: 'links',
  rule: 'rules',
} as const satisfies Record<EntityType, keyof ThroughlineDb>;

export function entityTables(db: ThroughlineDb) {
  return [db.buckets, db.missions, db.goals, db.intents, db.links, db.rules];
}
