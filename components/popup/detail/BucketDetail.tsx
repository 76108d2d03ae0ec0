import { useLiveQuery } from 'dexie-react-hooks';
import { bucketDetail } from '../../../lib/db/queries/entity-details';
import { useDb } from '../../shared/useDb';
import type { PopupView } from '../popup-view';
import { DetailFrame, Gone } from './DetailFrame';
import { EntityList } from './EntityList';

interface DetailProps {
  id: string;
  onOpen(view: PopupView): void;
  onBack(): void;
}

/** An investment bucket: what it is for, its target share, and the intents that count against it. */
export function BucketDetail({ id, onOpen, onBack }: DetailProps) {
  const db = useDb();
  const detail = useLiveQuery(() => bucketDetail(db, id), [db, id]);
  return (
    <DetailFrame kind="Bucket" title={detail?.bucket.name} onBack={onBack}>
      {detail === null ? (
        <Gone what="bucket" />
      ) : detail ? (
        <>
          <p className="muted facts">
            {detail.bucket.targetShare === undefined
              ? 'No target share.'
              : `Target share: ${Math.round(detail.bucket.targetShare * 100)}% of tagged work.`}{' '}
            {detail.directLinks > 0 &&
              `${detail.directLinks} ${detail.directLinks === 1 ? 'ticket is' : 'tickets are'} tagged to it directly.`}
          </p>
          {detail.bucket.description && <p className="summary">{detail.bucket.description}</p>}
          <EntityList
            heading="Intents"
            kind="intent"
            items={detail.intents}
            empty="No intent counts against this bucket."
            onOpen={onOpen}
          />
        </>
      ) : null}
    </DetailFrame>
  );
}
