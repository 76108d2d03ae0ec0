import { i18n } from '#i18n';
import { statusLabel } from '../../../lib/goals/status-label';
import { SafeLink } from '../../shared/SafeLink';

interface FactsProps {
  owner?: string;
  status?: string;
  timeframe?: string;
  summary?: string;
  url?: string;
}

/** Owner, status and timeframe on one line, the summary under it, and the source link if http(s). */
export function Facts({ owner, status, timeframe, summary, url }: FactsProps) {
  const line = [owner, timeframe, status && statusLabel(status)].filter(Boolean).join(' · ');
  return (
    <>
      {line && <p className="muted facts">{line}</p>}
      {summary && <p className="summary">{summary}</p>}
      {url && (
        <p className="source">
          <SafeLink href={url}>{i18n.t('popup.detail.sourcePage')}</SafeLink>
        </p>
      )}
    </>
  );
}
