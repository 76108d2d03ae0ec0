import { formatNumber } from '../../lib/i18n/format';
import { i18n } from '#i18n';
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
  if (!sync.loaded) return { line: i18n.t('popup.sync.reading'), failed: false };
  if (!sync.connection && sync.standalone)
    return { line: i18n.t('popup.sync.standalone'), failed: false };
  if (!sync.connection) return { line: i18n.t('popup.sync.notConnected'), failed: false };
  const status = sync.status;
  const waiting =
    pending === 0 ? '' : ` ${i18n.t('popup.sync.waiting', pending, [formatNumber(pending)])}`;
  if (status?.running) return { line: `${i18n.t('popup.sync.syncing')}${waiting}`, failed: false };
  if (status?.lastError) {
    const last = status.lastSuccessAt
      ? ` ${i18n.t('popup.sync.lastSynced', [relativeTime(status.lastSuccessAt, now)])}`
      : ` ${i18n.t('popup.sync.neverSynced')}`;
    const reason = status.lastError.replace(/\.$/, '');
    return { line: `${i18n.t('popup.sync.failed', [reason])}${last}${waiting}`, failed: true };
  }
  if (!status?.lastSuccessAt)
    return { line: `${i18n.t('popup.sync.notYet')}${waiting}`, failed: false };
  const synced = i18n.t('popup.sync.synced', [relativeTime(status.lastSuccessAt, now)]);
  return { line: `${synced}${waiting}`, failed: false };
}
