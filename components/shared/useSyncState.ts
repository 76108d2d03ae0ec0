import { useLiveQuery } from 'dexie-react-hooks';
import { readMeta, type Connection, type SyncStatus } from '../../lib/db/meta';
import { useDb } from './useDb';

export interface SyncState {
  loaded: boolean;
  connection?: Connection;
  status?: SyncStatus;
  /** Set when the context comes from an imported file, with no server. */
  standalone?: { workspaceName: string };
}

/** Connection and sync status, live: a sync in the worker re-renders every open surface. */
export function useSyncState(): SyncState {
  const db = useDb();
  const state = useLiveQuery(async () => ({
    connection: await readMeta(db, 'connection'),
    status: await readMeta(db, 'syncStatus'),
    standalone: await readMeta(db, 'standalone'),
  }));
  return state ? { loaded: true, ...state } : { loaded: false };
}
