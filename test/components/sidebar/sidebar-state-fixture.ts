import { applyPage } from '../../../lib/db/apply-changes';
import type { ThroughlineDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import { SidebarStateSchema } from '../../../lib/sidebar/state-schema';
import { sidebarStateFor } from '../../../lib/sidebar/state';
import { makeDb } from '../../lib/db/make-db';
import { riskChanges } from '../../lib/db/queries/collaboration-fixture';

export const PAY_42 = 'jira:acme.atlassian.net/PAY-42';
export const PAY_42_FRAME = {
  id: PAY_42,
  key: 'PAY-42',
  url: 'https://acme.atlassian.net/browse/PAY-42',
};

const CONNECTION = {
  apiUrl: 'https://api.example.com',
  token: 'secret-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

/**
 * The state the worker would send for `ticketId`, after a sync of the risk context plus
 * `changes`, passed through the schema the frame checks it with.
 */
export async function syncedStateOf(
  changes: readonly unknown[],
  ticketId = PAY_42,
  setup?: (db: ThroughlineDb) => Promise<void>,
) {
  const db = makeDb();
  await writeMeta(db, 'connection', CONNECTION);
  await writeMeta(db, 'syncStatus', {
    running: false,
    offline: false,
    lastSuccessAt: new Date().toISOString(),
  });
  await applyPage(db, [...riskChanges(), ...changes], 'c1');
  await setup?.(db);
  const state = await sidebarStateFor(db, ticketId);
  return SidebarStateSchema.parse(JSON.parse(JSON.stringify(state)));
}
