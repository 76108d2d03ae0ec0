import { ThroughlineDb } from '../../../lib/db/database';

let count = 0;
/** A fresh database per test, on fake-indexeddb's real IndexedDB semantics. */
export function makeDb(): ThroughlineDb {
  count += 1;
  return new ThroughlineDb(`throughline-test-${process.pid}-${count}`);
}

export const T0 = '2026-11-01T10:00:00.000Z';

export function put(type: string, id: string, version: number, data: Record<string, unknown>) {
  return { type, op: 'put', id, version, data: { ...data, id, version, updatedAt: T0 } };
}

/** A small, consistent context: one mission, goal, intent, two buckets. */
export function demoChanges() {
  return [
    put('bucket', 'new', 1, { name: 'New capabilities', targetShare: 0.5, color: '#4f46e5' }),
    put('bucket', 'ktlo', 2, { name: 'Keep the lights on' }),
    put('mission', 'm1', 3, { title: 'Self-serve' }),
    put('goal', 'g1', 4, { missionId: 'm1', title: 'Activation 45%', status: 'at_risk' }),
    put('intent', 'i1', 5, { goalId: 'g1', title: 'Guided setup', bucketId: 'new' }),
    put('link', 'github:github.com/acme/app#1', 6, {
      ticketId: 'github:github.com/acme/app#1',
      intentId: 'i1',
      linkedAt: T0,
    }),
  ];
}
