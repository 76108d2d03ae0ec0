import type { SyncState } from '../shared/useSyncState';
import { relativeTime } from '../shared/relative-time';

export interface SyncSummary {
  /** One sentence for the footer. */
  line: string;
  /** The last attempt failed: the line says why. */
  failed: boolean;
}

/** The sync status in plain words: when it last worked, what waits to be sent, what went wrong. */
export function syncSummary(sync: SyncState, pending: number, now = Date.now()): SyncSummary {
  if (!sync.loaded) return { line: 'Reading sync status…', failed: false };
  if (!sync.connection && sync.standalone)
    return { line: 'Using an imported context file (no server).', failed: false };
  if (!sync.connection) return { line: 'Not connected to a context API.', failed: false };
  const status = sync.status;
  const waiting =
    pending === 0 ? '' : ` ${pending} ${pending === 1 ? 'tag waits' : 'tags wait'} to be sent.`;
  if (status?.running) return { line: `Syncing…${waiting}`, failed: false };
  if (status?.lastError) {
    const last = status.lastSuccessAt
      ? ` Last synced ${relativeTime(status.lastSuccessAt, now)}.`
      : ' Never synced.';
    const reason = status.lastError.replace(/\.$/, '');
    return { line: `Sync failed: ${reason}.${last}${waiting}`, failed: true };
  }
  if (!status?.lastSuccessAt) return { line: `Not synced yet.${waiting}`, failed: false };
  return { line: `Synced ${relativeTime(status.lastSuccessAt, now)}.${waiting}`, failed: false };
}
