import type { ReactNode } from 'react';
import { SafeLink } from '../shared/SafeLink';

interface ChainStepProps {
  kind: 'Mission' | 'Goal' | 'Intent';
  title: string;
  summary?: string;
  owner?: string;
  status?: string;
  timeframe?: string;
  url?: string;
  children?: ReactNode;
}

const STATUS_LABELS: Record<string, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  done: 'Done',
  active: 'Active',
  archived: 'Archived',
};

export function ChainStep({
  kind,
  title,
  summary,
  owner,
  status,
  timeframe,
  url,
  children,
}: ChainStepProps) {
  return (
    <li className={`step step-${kind.toLowerCase()}`}>
      <span className="step-kind">{kind}</span>
      <h3 className="step-title">
        <SafeLink href={url}>{title}</SafeLink>
      </h3>
      {summary && (
        <p className="step-summary" title={summary.length > 300 ? undefined : summary}>
          {summary.slice(0, 2000)}
        </p>
      )}
      <p className="step-facts muted">
        {[owner, timeframe, status && (STATUS_LABELS[status] ?? humanise(status))]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {children}
    </li>
  );
}

/** Intent statuses are free text from the API: `in_progress` reads as "In progress". */
function humanise(status: string): string {
  const spaced = status.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
