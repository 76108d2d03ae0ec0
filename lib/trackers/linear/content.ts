import type { TrackerContent } from '../adapter';
import { linearIds } from './identity';
import { linearPage } from './page';
import { parseLinearTicketUrl } from './url';

/** What Linear's content script runs on (the same parts as `linearTracker`, without its names). */
export const linearContent = {
  system: linearIds.system,
  ...linearPage,
  parseUrl: parseLinearTicketUrl,
} as const satisfies TrackerContent<'linear'>;
