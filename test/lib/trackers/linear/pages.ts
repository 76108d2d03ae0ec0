import type { PageFixture } from '../page-fixtures';

/** Saved or replicated Linear pages under test/fixtures/pages/, and the title each shows. */
export const pages: readonly PageFixture[] = [
  {
    variant: 'Linear issue view',
    file: 'linear.app/acme/issue/ENG-9.html',
    url: 'https://linear.app/acme/issue/ENG-9/archive-stale-workspaces',
    title: 'Archive stale workspaces',
  },
];
