import type { TrackerAdapter } from '../adapter';
import { LINEAR_MATCHES } from '../matches';
import { linearPage } from './page';
import { parseLinearTicketUrl } from './url';

/** Everything a content script needs to know about Linear (cloud only: no self-hosted edition). */
export const linearTracker: TrackerAdapter = {
  ...linearPage,
  parseUrl: parseLinearTicketUrl,
  matches: LINEAR_MATCHES,
};
