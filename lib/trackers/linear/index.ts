import type { TrackerAdapter } from '../adapter';
import { linearPage } from './page';
import { parseLinearTicketUrl } from './url';

/** Everything a content script needs to know about Linear. */
export const linearTracker: TrackerAdapter = { ...linearPage, parseUrl: parseLinearTicketUrl };
