import type { PopupView } from '../popup-view';
import { BucketDetail } from './BucketDetail';
import { GoalDetail } from './GoalDetail';
import { IntentDetail } from './IntentDetail';
import { MissionDetail } from './MissionDetail';

type EntityView = Extract<PopupView, { id: string }>;

/** The page for one entity. Keyed by it, so following a link starts the new page afresh. */
export function DetailView({
  view,
  onOpen,
  onBack,
}: {
  view: EntityView;
  onOpen(view: PopupView): void;
  onBack(): void;
}) {
  const props = { id: view.id, onOpen, onBack };
  switch (view.kind) {
    case 'intent':
      return <IntentDetail key={view.id} {...props} />;
    case 'goal':
      return <GoalDetail key={view.id} {...props} />;
    case 'mission':
      return <MissionDetail key={view.id} {...props} />;
    case 'bucket':
      return <BucketDetail key={view.id} {...props} />;
  }
}
