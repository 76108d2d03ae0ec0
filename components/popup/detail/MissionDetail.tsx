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
    <DetailFrame kind="Mission" title={detail?.mission.title} onBack={onBack}>
      {detail === null ? (
        <Gone what="mission" />
      ) : detail ? (
        <>
          <Facts {...detail.mission} />
          <EntityList
            heading="Goals"
            kind="goal"
            items={detail.goals}
            empty="This mission has no goal yet."
            onOpen={onOpen}
          />
        </>
      ) : null}
    </DetailFrame>
  );
}
