import type { TrackerIdentity } from './identity';
import type { TrackerUrlParser } from './types';

/** What a content script reads from one tracker's pages (every selector lives in its `page.ts`). */
export interface TrackerPage {
  /**
   * The title of ticket `key` (as detection returned it) as the page shows it. Undefined while the
   * page shows no title yet, or still shows another ticket after an in-app navigation. Never throws.
   */
  readTitle(doc: Document, key: string): string | undefined;
  /**
   * Where the ticket summary sits (fixed to the bottom-right corner, px from the edges): clear of
   * the tracker's own fixed controls, checked on its saved pages and replicas in the e2e.
   */
  summarySpot: { right: number; bottom: number };
}

/**
 * What a tracker's content script runs on: its system, its URL parser and its page helpers; not
 * its names, badges and id helpers, which every page of it would download for nothing. Each
 * tracker folder's `content.ts` exports one, made of the same parts as its `index.ts`.
 */
export type TrackerContent<System extends string = string> = Pick<
  TrackerAdapter<System>,
  'system' | 'parseUrl' | 'readTitle' | 'summarySpot'
>;

/**
 * A tracker: its identity (ids, names, where it runs), its URL parser and its page helpers. Each
 * tracker folder's `index.ts` exports one; `registry.ts` lists them.
 */
export interface TrackerAdapter<System extends string = string>
  extends TrackerIdentity<System>, TrackerPage {
  parseUrl: TrackerUrlParser;
}
