import type { PageFixture } from '../page-fixtures';

/** Saved or replicated GitHub pages under test/fixtures/pages/, and the title each shows. */
export const pages: readonly PageFixture[] = [
  {
    variant: 'GitHub legacy issue page (saved, 2021)',
    file: 'github.com/OctoLinker/testrepo/issues/2.html',
    url: 'https://github.com/OctoLinker/testrepo/issues/2',
    title: 'Issue with some code blocks',
  },
  {
    variant: 'GitHub legacy pull request page (saved, 2021)',
    file: 'github.com/OctoLinker/testrepo/pull/1.html',
    url: 'https://github.com/OctoLinker/testrepo/pull/1',
    title: 'Update popular-cat-names.js',
  },
  {
    variant: 'GitHub legacy pull request files tab (saved, 2021)',
    file: 'github.com/OctoLinker/testrepo/pull/1/files.html',
    url: 'https://github.com/OctoLinker/testrepo/pull/1/files',
    title: 'Update popular-cat-names.js',
  },
  {
    variant: 'GitHub React issue page',
    file: 'github.com/acme/app/issues/42.html',
    url: 'https://github.com/acme/app/issues/42',
    title: 'Checkout fails when the cart is empty',
  },
  {
    variant: 'GitHub React pull request header',
    file: 'github.com/acme/app/pull/43.html',
    url: 'https://github.com/acme/app/pull/43',
    title: 'Retry soft-declined card payments',
  },
];
