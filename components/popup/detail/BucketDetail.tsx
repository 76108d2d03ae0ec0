import { formatNumber, formatPercent } from '../../../lib/i18n/format';
import { i18n } from '#i18n';
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
    <DetailFrame kind={i18n.t('kind.bucket')} title={detail?.bucket.name} onBack={onBack}>
      {detail === null ? (
        <Gone what="bucket" />
      ) : detail ? (
        <>
          <p className="muted facts">
            {detail.bucket.targetShare === undefined
              ? i18n.t('popup.detail.noTargetShare')
              : i18n.t('popup.detail.targetShare', [formatPercent(detail.bucket.targetShare)])}{' '}
            {detail.directLinks > 0 &&
              i18n.t('popup.detail.directLinks', detail.directLinks, [
                formatNumber(detail.directLinks),
              ])}
          </p>
          {detail.bucket.description && <p className="summary">{detail.bucket.description}</p>}
          <EntityList
            heading={i18n.t('tagPicker.intents')}
            kind="intent"
            items={detail.intents}
            empty={i18n.t('popup.detail.noIntentInBucket')}
            onOpen={onOpen}
          />
        </>
      ) : null}
    </DetailFrame>
  );
}
