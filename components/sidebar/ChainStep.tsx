import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import { statusLabel } from '../../lib/goals/status-label';
import { SafeLink } from '../shared/SafeLink';
import './chain-step.css';

interface ChainStepProps {
  kind: 'mission' | 'goal' | 'intent';
  title: string;
  summary?: string;
  owner?: string;
  status?: string;
  timeframe?: string;
  url?: string;
  children?: ReactNode;
}

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
    <li className={`step step-${kind}`}>
      <span className="step-kind">{i18n.t(`kind.${kind}`)}</span>
      <h3 className="step-title">
        <SafeLink href={url}>{title}</SafeLink>
      </h3>
      {summary && (
        <p className="step-summary" title={summary.length > 300 ? undefined : summary}>
          {summary.slice(0, 2000)}
        </p>
      )}
      <p className="step-facts muted">
        {[owner, timeframe, status && statusLabel(status)].filter(Boolean).join(' · ')}
      </p>
      {children}
    </li>
  );
}
