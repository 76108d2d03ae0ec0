import type { ThroughlineDb } from '../../../lib/db/database';
import { freshExtensionPageWorld, seedConnectedDemo } from '../extension-page-world';

export const CONNECTION = {
  apiUrl: 'https://api.example.com',
  token: 'secret-token',
  workspaceId: 'w',
  workspaceName: 'Acme',
  userName: 'Ana',
  connectedAt: '2026-11-01T10:00:00.000Z',
};

export const freshPopupWorld = () => freshExtensionPageWorld('popup.html');

/** Connected to Acme and synced a minute ago, with the demo context. */
export const seedDemo = (db: ThroughlineDb) => seedConnectedDemo(db, CONNECTION);
