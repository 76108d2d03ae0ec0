import { i18n } from '#i18n';
import type { ContextChain } from '../../lib/db/context';
import type { StoredLink } from '../../lib/db/database';
import { BucketChip } from './BucketChip';
import { ChainStep } from './ChainStep';
import { GoalHealth } from './GoalHealth';
import { GoalMetric } from './GoalMetric';
import './context-view.css';

interface ContextViewProps {
  /** What the ticket serves: its own link's, or what it inherits. */
  context: ContextChain;
  /** The ticket's own link, when the context is its own. */
  link?: StoredLink;
  /** Where the context comes from: "Tagged by Dana, 3 Nov", "via PAY-42", "By rule: …". */
  provenance: string;
}

export function ContextView({ context, link, provenance }: ContextViewProps) {
  const { mission, goal, intent, bucket } = context;
  return (
    <div className="context">
      {link?.pending === 'set' && (
        <p className="pending" role="status">
          {i18n.t('sidebar.pendingTag')}
        </p>
      )}
      {bucket && <BucketChip bucket={bucket} />}
      <ol className="chain" aria-label={i18n.t('sidebar.chainLabel')}>
        {mission && (
          <ChainStep
            kind="mission"
            title={mission.title}
            summary={mission.summary}
            owner={mission.owner}
            url={mission.url}
          />
        )}
        {goal && (
          <ChainStep
            kind="goal"
            title={goal.title}
            summary={goal.summary}
            owner={goal.owner}
            timeframe={goal.timeframe}
            url={goal.url}
          >
            <GoalHealth goal={goal} />
            {goal.metric && <GoalMetric metric={goal.metric} />}
          </ChainStep>
        )}
        {intent && (
          <ChainStep
            kind="intent"
            title={intent.title}
            summary={intent.summary}
            owner={intent.owner}
            status={intent.status}
            url={intent.url}
          />
        )}
      </ol>
      {context.missing.intent && (
        <p className="notice error" role="alert">
          {link
            ? i18n.t('sidebar.missingIntentTagged', [link.intentId ?? ''])
            : i18n.t('sidebar.missingIntent')}
        </p>
      )}
      {context.missing.bucket && (
        <p className="notice error" role="alert">
          {link
            ? i18n.t('sidebar.missingBucketTagged', [link.bucketId ?? ''])
            : i18n.t('sidebar.missingBucket')}
        </p>
      )}
      {link?.note && <p className="note">“{link.note}”</p>}
      <p className="muted linked-by provenance">{provenance}</p>
    </div>
  );
}
