import type { ThroughlineDb } from '../../../lib/db/database';
import { freshExtensionPageWorld, seedConnectedDemo } from '../extension-page-world';

export const CONNECTION = {
  apiUrl: 'https://context.acme.com',
  token: 'secret-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

export const freshOptionsWorld = () => freshExtensionPageWorld('options.html');

/** Connected to Acme and synced a minute ago, with the demo context. */
export const seedConnected = (db: ThroughlineDb) => seedConnectedDemo(db, CONNECTION);

/** Every row of every table: to prove that something changed nothing. */
export function everything(db: ThroughlineDb) {
  return Promise.all(db.tables.map((table) => table.toArray()));
}
