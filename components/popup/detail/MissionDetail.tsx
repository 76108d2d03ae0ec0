import { i18n } from '#i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { missionDetail } from '../../../lib/db/queries/entity-details';
import { useDb } from '../../shared/useDb';
import type { PopupView } from '../popup-view';
import { DetailFrame, Gone } from './DetailFrame';
import { EntityList } from './EntityList';
import { Facts } from './Facts';

interface DetailProps {
  id: string;
  onOpen(view: PopupView): void;
  onBack(): void;
}

/** A mission and its goals. */
export function MissionDetail({ id, onOpen, onBack }: DetailProps) {
  const db = useDb();
  const detail = useLiveQuery(() => missionDetail(db, id), [db, id]);
  return (
    <DetailFrame kind={i18n.t('kind.mission')} title={detail?.mission.title} onBack={onBack}>
      {detail === null ? (
        <Gone what="mission" />
      ) : detail ? (
        <>
          <Facts {...detail.mission} />
          <EntityList
            heading={i18n.t('popup.kinds.goal')}
            kind="goal"
            items={detail.goals}
            empty={i18n.t('popup.detail.noGoal')}
            onOpen={onOpen}
          />
        </>
      ) : null}
    </DetailFrame>
  );
}
