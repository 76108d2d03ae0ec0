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
  /** Set from a write to a searched table until a question's own read has taken it in. */
  private catchingUp: { done: Promise<void>; resolve: () => void } | undefined;
  /** A question's own read of the store after a write (catchUp), shared by the questions. */
  private reading: Promise<void> | undefined;
  /** Store reads not yet fully indexed (the first counts from the start: tickets come later). */
  private indexing = 0;

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
      await Promise.race([
        this.catchUp(this.catchingUp),
        new Promise((r) => setTimeout(r, CATCH_UP_MS)),
      ]);
    const groups = groupByKind(this.index.search(query), perKind);
    const hits = groups.flatMap((group) => group.hits);
    return { size: this.index.size, hits, building: this.indexing > 0 };
  }

  /**
   * Takes in the store as it is now. The live query would too, but a read of it already under way
   * when the write landed can still hold the old documents; this read starts after the write.
   */
  private catchUp(waiting: { done: Promise<void>; resolve: () => void }): Promise<void> {
    this.reading ??= loadSearchCorpus(this.db)
      .then(async (corpus) => void (await this.index.updateInChunks(toSearchDocs(corpus))))
      .finally(() => {
        this.reading = undefined;
        if (this.catchingUp === waiting) this.catchingUp = undefined;
        waiting.resolve();
      });
    return waiting.done;
  }

  stop(): void {
    this.indexing = 0;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.built = undefined;
  }

  private follow(): Promise<void> {
    this.built ??= this.start();
    return this.built;
  }

  /**
   * Entities first (a tenth of the documents), so the first answer after the worker starts waits
   * only for them; then every ticket, indexed in chunks between which questions are answered
   * (ticket keys are found at once, titles as their chunk is indexed). From then on the live
   * query re-indexes what each write changed.
   */
  private async start(): Promise<void> {
    const { db } = this;
    const [buckets, missions, goals, intents] = await db.transaction(
      'r',
      [db.buckets, db.missions, db.goals, db.intents],
      () =>
        Promise.all([
          db.buckets.toArray(),
          db.missions.toArray(),
          db.goals.toArray(),
          db.intents.toArray(),
        ]),
    );
    this.index.update(toSearchDocs({ buckets, missions, goals, intents, links: [] }));
    let first = true;
    this.indexing += 1;
    this.subscription = liveQuery(() => loadSearchCorpus(db)).subscribe({
      next: (corpus) => {
        // Questions waiting on a write are let go by their own read (catchUp), never by this one:
        // it may have started before the write landed and hold the old documents.
        if (!first) this.indexing += 1;
        first = false;
        void this.index.updateInChunks(toSearchDocs(corpus)).finally(() => {
          this.indexing -= 1;
        });
      },
      error: (error: unknown) => {
        // The next question starts over rather than relying on a query that ended.
        console.warn('Throughline: search index stopped following the store', error);
        this.stop();
      },
    });
  }
}
