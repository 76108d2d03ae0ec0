import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../../../lib/trackers/registry';
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

/**
 * Every tracker's fixture pages, from test/lib/trackers/<system>/pages.ts. Every tracker needs at
 * least one; the conformance test says which tracker has none.
 */
export const PAGE_FIXTURES = Object.fromEntries(
  await Promise.all(
    TRACKER_SYSTEMS.map(async (system) => {
      const module = (await import(`./${system}/pages.ts`).catch(() => ({ pages: [] }))) as {
        pages: readonly PageFixture[];
      };
      return [system, module.pages] as const;
    }),
  ),
) as Record<TrackerSystem, readonly PageFixture[]>;

/** The fixture parsed as the browser would, scripts not run. */
export function loadPage(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES_DIR, file), 'utf8'), 'text/html');
}
