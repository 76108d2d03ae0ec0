import type { TrackerAdapter } from '../adapter';
import { linearIdentity } from './identity';
import { linearPage } from './page';
import { parseLinearTicketUrl } from './url';

/** Everything Throughline knows about Linear: its ids, its URLs and its pages. */
export const linearTracker = {
  ...linearIdentity,
  ...linearPage,
  parseUrl: parseLinearTicketUrl,
} as const satisfies TrackerAdapter<'linear'>;
