import type { TrackerContent } from '../adapter';
import { gitlabIds } from './identity';
import { gitlabPage } from './page';
import { parseGitLabTicketUrl } from './url';

/** What GitLab's content script runs on (the same parts as `gitlabTracker`, without its names). */
export const gitlabContent = {
  system: gitlabIds.system,
  ...gitlabPage,
  parseUrl: parseGitLabTicketUrl,
} as const satisfies TrackerContent<'gitlab'>;
