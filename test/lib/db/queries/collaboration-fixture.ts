import { applyPage } from '../../../../lib/db/apply-changes';
import type { ThroughlineDb } from '../../../../lib/db/database';
import { T0, makeDb, put } from '../make-db';

let version = 100;
const next = () => (version += 1);

/** A link change: a ticket tagged to an intent and/or a bucket. */
export function link(
  ticketId: string,
  target: { intentId?: string; bucketId?: string },
  extra = {},
) {
  return put('link', ticketId, next(), { ticketId, linkedAt: T0, ...target, ...extra });
}

/**
 * Two missions' worth of goals in every status, and the intents that serve them:
 *   payments (off_track): retry (intent), sepa (intent)
 *   activation (at_risk): guided (intent)
 *   upgrades (on_track):  upgrade (intent)
 *   ci (at_risk, earlier timeframe than activation): fast-ci (intent)
 */
export function riskChanges() {
  return [
    put('bucket', 'new', next(), { name: 'New capabilities' }),
    put('mission', 'pay', next(), { title: 'Get paid reliably' }),
    put('mission', 'self', next(), { title: 'Self-serve' }),
    put('goal', 'payments', next(), {
      missionId: 'pay',
      title: 'Payment success 98.5%',
      status: 'off_track',
      timeframe: '2026-Q4',
      metric: { name: 'Payment success', current: 96.2, target: 98.5, unit: '%' },
    }),
    put('goal', 'activation', next(), {
      missionId: 'self',
      title: 'Activation 45%',
      status: 'at_risk',
      timeframe: '2026-Q4',
    }),
    put('goal', 'upgrades', next(), { missionId: 'self', title: 'Upgrades', status: 'on_track' }),
    put('goal', 'ci', next(), {
      missionId: 'self',
      title: 'Fast CI',
      status: 'at_risk',
      timeframe: '2026-Q3',
    }),
    put('intent', 'retry', next(), { goalId: 'payments', title: 'Smart retries', bucketId: 'new' }),
    put('intent', 'sepa', next(), { goalId: 'payments', title: 'SEPA', bucketId: 'new' }),
    put('intent', 'guided', next(), { goalId: 'activation', title: 'Guided setup' }),
    put('intent', 'upgrade', next(), { goalId: 'upgrades', title: 'In-app upgrade' }),
    put('intent', 'fast-ci', next(), { goalId: 'ci', title: 'CI under ten minutes' }),
  ];
}

export async function dbWith(changes: readonly unknown[]): Promise<ThroughlineDb> {
  const db = makeDb();
  await applyPage(db, [...riskChanges(), ...changes], 'c1');
  return db;
}
