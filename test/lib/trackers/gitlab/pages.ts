import type { PageFixture } from '../page-fixtures';

/** `{"iid":"6","full_path":"acme/web/app","id":4242}`, as GitLab's drawer writes it in `?show=`. */
const SHOW_ISSUE_6 = 'eyJpaWQiOiI2IiwiZnVsbF9wYXRoIjoiYWNtZS93ZWIvYXBwIiwiaWQiOjQyNDJ9';

/** Replicated GitLab pages under test/fixtures/pages/gitlab.com/, and the title each shows. */
export const pages: readonly PageFixture[] = [
  {
    variant: 'GitLab merge request',
    file: 'gitlab.com/acme/web/app/-/merge_requests/17.html',
    url: 'https://gitlab.com/acme/web/app/-/merge_requests/17',
    title: 'Retry webhooks on 5xx',
  },
  {
    variant: 'GitLab issue',
    file: 'gitlab.com/acme/web/app/-/issues/5.html',
    url: 'https://gitlab.com/acme/web/app/-/issues/5',
    title: 'Webhooks are lost when the receiver restarts',
  },
  {
    variant: 'GitLab board with an issue open in the work item drawer',
    file: 'gitlab.com/acme/web/app/-/boards/3.html',
    url: `https://gitlab.com/acme/web/app/-/boards/3?show=${SHOW_ISSUE_6}`,
    title: 'Show the delivery log',
  },
];
