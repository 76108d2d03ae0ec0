import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrackerSystem } from '../../../lib/schema/ticket-id-patterns';
import type { TrackerUrlOptions } from '../../../lib/trackers/types';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

/** A saved or replicated tracker page, the URL it is served at, and the title it shows. */
export interface PageFixture {
  /** The page variant, as the selector comments in `page.ts` name it. */
  variant: string;
  /** Under test/fixtures/pages/. */
  file: string;
  url: string;
  options?: TrackerUrlOptions;
  title: string;
}

/** Every tracker needs at least one; the conformance test says which tracker has none. */
export const PAGE_FIXTURES: Record<TrackerSystem, readonly PageFixture[]> = {
  jira: [
    {
      variant: 'Jira Cloud issue view',
      file: 'atlassian.net/browse/PAY-42.html',
      url: 'https://acme.atlassian.net/browse/PAY-42',
      title: 'Retry failed card payments automatically',
    },
    {
      variant: 'Jira Cloud issue modal over a board',
      file: 'atlassian.net/jira/software/projects/PAY/boards/1.html',
      url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-43',
      title: 'Show the decline reason to the customer',
    },
    {
      variant: 'Jira Server / Data Center issue view',
      file: 'jira.example.com/browse/DC-7.html',
      url: 'https://jira.example.com/browse/DC-7',
      options: { jiraHosts: ['jira.example.com'] },
      title: 'Rotate the signing keys',
    },
    {
      variant: 'Jira Server / Data Center under a context path',
      file: 'jira.example.com/jira/browse/DC-8.html',
      url: 'https://jira.example.com/jira/browse/DC-8',
      options: { jiraHosts: ['jira.example.com'] },
      title: 'Serve Jira under a context path',
    },
  ],
  linear: [
    {
      variant: 'Linear issue view',
      file: 'linear.app/acme/issue/ENG-9.html',
      url: 'https://linear.app/acme/issue/ENG-9/archive-stale-workspaces',
      title: 'Archive stale workspaces',
    },
  ],
  github: [
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
  ],
};

/** The fixture parsed as the browser would, scripts not run. */
export function loadPage(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES_DIR, file), 'utf8'), 'text/html');
}
