import { liveQuery, type Subscription } from 'dexie';
import type { ThroughlineDb } from '../db/database';
import { loadSearchCorpus } from '../db/queries/search-corpus';
import { toSearchDocs } from './documents';
import { groupByKind } from './group-results';
import { SearchIndex } from './search-index';
import type { SearchAnswer } from './search-answer';
import { onSearchableChange } from './searchable-changes';

/** How long a question waits for the index to take in a write, at most. */
const CATCH_UP_MS = 3_000;

/**
 * The popup's search index, kept in the worker so that opening the popup never builds it. Built on
 * the first question after the worker starts (a stopped MV3 worker loses it; the popup asks as it
 * opens, before anyone types), then kept current by a live query over the store: a sync or a tag
 * re-indexes only the documents that changed (`SearchIndex.update` diffs them).
 */
export class WorkerSearch {
  private readonly index = new SearchIndex();
  private built: Promise<void> | undefined;
  private subscription: Subscription | undefined;
  /** Set from a write to a searched table until the live query has re-indexed after it. */
  private catchingUp: { done: Promise<void>; resolve: () => void } | undefined;

  constructor(private readonly db: ThroughlineDb) {
    onSearchableChange(db.name, () => {
      if (!this.subscription || this.catchingUp) return;
      let resolve = () => {};
      const done = new Promise<void>((settle) => (resolve = settle));
      this.catchingUp = { done, resolve };
    });
  }

  /**
   * The best `perKind` hits of each kind, in rank order; an empty query only warms the index.
   * A question asked just after a write (the popup asks again when it sees one) is answered once
   * the index has taken it in.
   */
  async search(query: string, perKind: number): Promise<SearchAnswer> {
    await this.follow();
    if (this.catchingUp)
      await Promise.race([this.catchingUp.done, new Promise((r) => setTimeout(r, CATCH_UP_MS))]);
    const groups = groupByKind(this.index.search(query), perKind);
    return { size: this.index.size, hits: groups.flatMap((group) => group.hits) };
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.built = undefined;
  }

  private follow(): Promise<void> {
    this.built ??= new Promise<void>((resolve, reject) => {
      this.subscription = liveQuery(() => loadSearchCorpus(this.db)).subscribe({
        next: (corpus) => {
          this.index.update(toSearchDocs(corpus));
          this.catchingUp?.resolve();
          this.catchingUp = undefined;
          resolve();
        },
        error: (error: unknown) => {
          // The next question starts over rather than waiting on a query that ended.
          this.stop();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      });
    });
    return this.built;
  }
}
