import type { ApiClient } from '../api/client';
import type { ThroughlineDb } from '../db/database';
import { readMeta, writeMeta, type Connection } from '../db/meta';
import { forgetLocalData, localDataScope } from './local-data';

/**
 * Checks the API and token with /v1/me, then stores the connection. Nothing is written unless
 * /v1/me answers as a Throughline API does. Connecting to another workspace, or leaving standalone
 * mode, starts the local store afresh; reconnecting to the same workspace keeps it (and any
 * pending tags).
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
  await db.transaction('rw', localDataScope(db), async () => {
    const previous = await readMeta(db, 'connection');
    const standalone = await readMeta(db, 'standalone');
    if (standalone || (previous && previous.workspaceId !== connection.workspaceId))
      await forgetLocalData(db);
    await writeMeta(db, 'connection', connection);
  });
  return connection;
}
