import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { intentDetail } from '../../../lib/db/queries/entity-details';
import { useDb } from '../../shared/useDb';
import { BucketLabel } from '../BucketLabel';
import { EntityButton } from '../EntityButton';
import type { PopupView } from '../popup-view';
import { DetailFrame, Gone } from './DetailFrame';
import { Facts } from './Facts';
import { LinkedTickets } from './LinkedTickets';

interface DetailProps {
  id: string;
  onOpen(view: PopupView): void;
  onBack(): void;
}

/** An intent: the goal and mission it serves, its bucket, and the tickets tagged to it. */
export function IntentDetail({ id, onOpen, onBack }: DetailProps) {
  const db = useDb();
  const detail = useLiveQuery(() => intentDetail(db, id), [db, id]);
  return (
    <DetailFrame kind={i18n.t('kind.intent')} title={detail?.intent.title} onBack={onBack}>
      {detail === null ? (
        <Gone what="intent" />
      ) : detail ? (
        <>
          <Facts {...detail.intent} />
          <dl className="chain-list">
            {detail.goal && (
              <EntityButton
                label={i18n.t('kind.goal')}
                title={detail.goal.title}
                onClick={() => onOpen({ kind: 'goal', id: detail.goal!.id })}
              />
            )}
            {detail.mission && (
              <EntityButton
                label={i18n.t('kind.mission')}
                title={detail.mission.title}
                onClick={() => onOpen({ kind: 'mission', id: detail.mission!.id })}
              />
            )}
            {detail.bucket && (
              <div className="chain-row">
                <dt>{i18n.t('kind.bucket')}</dt>
                <dd>
                  <BucketLabel bucket={detail.bucket} />
                </dd>
              </div>
            )}
          </dl>
          <LinkedTickets links={detail.links} />
        </>
      ) : null}
    </DetailFrame>
  );
}
