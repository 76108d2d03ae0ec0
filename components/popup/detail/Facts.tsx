import { SafeLink } from '../../shared/SafeLink';

const STATUS_LABELS: Record<string, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  done: 'Done',
  active: 'Active',
  archived: 'Archived',
};

/** Free-text statuses from the API read as words: `in_progress` → "In progress". */
export function statusLabel(status: string): string {
  const spaced = STATUS_LABELS[status] ?? status.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

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
          <SafeLink href={url}>Open the source page</SafeLink>
        </p>
      )}
    </>
  );
}
