import type { TrackerSystem } from '../schema/ticket-id-patterns';
import type { TrackerUrlOptions, TrackerUrlParser } from './types';

/** What a content script reads from one tracker's pages (every selector lives in its `page.ts`). */
export interface TrackerPage {
  system: TrackerSystem;
  /**
   * The title of ticket `key` (as detection returned it) as the page shows it. Undefined while the
   * page shows no title yet, or still shows another ticket after an in-app navigation. Never throws.
   */
  readTitle(doc: Document, key: string): string | undefined;
}

/** A tracker as content scripts and the options page use it. */
export interface TrackerAdapter extends TrackerPage {
  parseUrl: TrackerUrlParser;
  /** Where the built-in content script runs and the sidebar frame may be embedded. */
  matches: readonly string[];
  /** For trackers people also run on their own hosts: the detection option that lists those hosts. */
  selfHosted?: { option: keyof TrackerUrlOptions; label: string };
}
