import type { ApiClient } from '../api/client';
import type { ThroughlineDb } from '../db/database';
import { readMeta, writeMeta, type Connection } from '../db/meta';
import { entityTables } from '../db/tables';

/**
 * Checks the API and token with /v1/me, then stores the connection. Connecting to another workspace
 * starts the local store afresh; reconnecting to the same one keeps it (and any pending tags).
 */
export async function connect(
  db: ThroughlineDb,
  api: ApiClient,
  apiUrl: string,
  token: string,
): Promise<Connection> {
  const me = await api.me();
  const connection: Connection = {
    apiUrl,
    token,
    workspaceId: me.workspace.id,
    workspaceName: me.workspace.name,
    userName: me.user.name,
    connectedAt: new Date().toISOString(),
  };
  await db.transaction('rw', [...entityTables(db), db.meta, db.outbox, db.quarantine], async () => {
    const previous = await readMeta(db, 'connection');
    if (previous && previous.workspaceId !== connection.workspaceId) {
      await Promise.all(
        [...entityTables(db), db.outbox, db.quarantine].map((table) => table.clear()),
      );
      await db.meta.bulkDelete(['cursor', 'syncStatus']);
    }
    await writeMeta(db, 'connection', connection);
  });
  return connection;
}
