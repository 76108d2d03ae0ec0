import type { TrackerAdapter } from '../adapter';
import { gitlabIdentity } from './identity';
import { gitlabPage } from './page';
import { parseGitLabTicketUrl } from './url';

/** Everything Throughline knows about GitLab: its ids, its URLs and its pages. */
export const gitlabTracker = {
  ...gitlabIdentity,
  ...gitlabPage,
  parseUrl: parseGitLabTicketUrl,
} as const satisfies TrackerAdapter<'gitlab'>;
