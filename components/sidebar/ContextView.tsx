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
          Tag saved here; it reaches the context API on the next sync.
        </p>
      )}
      {bucket && <BucketChip bucket={bucket} />}
      <ol className="chain" aria-label="Why this ticket matters">
        {mission && (
          <ChainStep
            kind="Mission"
            title={mission.title}
            summary={mission.summary}
            owner={mission.owner}
            url={mission.url}
          />
        )}
        {goal && (
          <ChainStep
            kind="Goal"
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
            kind="Intent"
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
            ? `The intent this ticket was tagged to (“${link.intentId}”) no longer exists. Tag it again.`
            : 'The intent this context points at no longer exists. Tag the ticket yourself.'}
        </p>
      )}
      {context.missing.bucket && (
        <p className="notice error" role="alert">
          {link
            ? `The bucket this ticket was tagged to (“${link.bucketId}”) no longer exists. Tag it again.`
            : 'The bucket this context points at no longer exists. Tag the ticket yourself.'}
        </p>
      )}
      {link?.note && <p className="note">“{link.note}”</p>}
      <p className="muted linked-by provenance">{provenance}</p>
    </div>
  );
}
