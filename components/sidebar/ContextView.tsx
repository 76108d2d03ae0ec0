import type { TicketContext } from '../../lib/db/context';
import { BucketChip } from './BucketChip';
import { ChainStep } from './ChainStep';
import { GoalHealth } from './GoalHealth';
import { GoalMetric } from './GoalMetric';
import './context-view.css';

export function ContextView({ context }: { context: TicketContext }) {
  const { mission, goal, intent, bucket, link } = context;
  return (
    <div className="context">
      {link.pending === 'set' && (
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
          The intent this ticket was tagged to (“{link.intentId}”) no longer exists. Tag it again.
        </p>
      )}
      {context.missing.bucket && (
        <p className="notice error" role="alert">
          The bucket this ticket was tagged to (“{link.bucketId}”) no longer exists. Tag it again.
        </p>
      )}
      {link.note && <p className="note">“{link.note}”</p>}
      <p className="muted linked-by">
        {link.linkedBy && link.linkedBy !== 'import'
          ? `Tagged by ${link.linkedBy}`
          : 'Linked in the context file'}{' '}
        on {new Date(link.linkedAt).toLocaleDateString()}
      </p>
    </div>
  );
}
