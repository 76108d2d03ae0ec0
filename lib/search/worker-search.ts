import { liveQuery, type Subscription } from 'dexie';
import type { ThroughlineDb } from '../db/database';
import { loadSearchCorpus, loadSearchEntities } from '../db/queries/search-corpus';
import { toSearchDocs, type SearchCorpus, type SearchDoc } from './documents';
import { groupByKind } from './group-results';
import { readEntitySnapshot, writeEntitySnapshot, type EntitySnapshot } from './entity-snapshot';
import { firstAnswer } from './first-answer-from-store';
import { SearchIndex } from './search-index';
import type { SearchAnswer } from './search-answer';
import { onSearchableChange } from './searchable-changes';

/** How long a question waits for the index to take in a write, at most. */
const CATCH_UP_MS = 3_000;

/** What the worker has while it starts: the saved entities (if current), then their index. */
interface Start {
  snapshot: Promise<EntitySnapshot | undefined>;
  entities: Promise<void>;
  /** Lets the entities' read begin: the first question has its answer from the snapshot. */
  answered: () => void;
}

/**
 * The popup's search index, kept in the worker so that opening the popup never builds it. Built on
 * the first question after the worker starts (a stopped MV3 worker loses it; the popup asks as it
 * opens, before anyone types), then kept current by a live query over the store: a sync or a tag
 * re-indexes only the documents that changed (`SearchIndex.update` diffs them).
 *
 * Until the entities are indexed, questions are answered from the entities' documents saved at
 * the current `entitiesVersion` (lib/search/entity-snapshot.ts, one read) and tickets by key
 * (lib/search/first-answer-from-store.ts), marked `building` so the popup asks again. With no
 * current snapshot (the first start, or the entities changed before the worker saved them) they
 * wait for the entities' index.
 */
export class WorkerSearch {
  private readonly index = new SearchIndex();
  private started: Start | undefined;
  /** Moves on each start and stop, so a start that was stopped meanwhile does nothing more. */
  private generation = 0;
  private entitiesIndexed = false;
  /** The `entitiesVersion` of the saved snapshot, to save it again only when it moved. */
  private savedVersion: string | undefined;
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
    this.started ??= this.start();
    const { snapshot, entities, answered } = this.started;
    if (!this.entitiesIndexed) {
      const saved = await snapshot;
      // A first answer that cannot be given (a read failed) leaves the question to the index.
      const hits = saved && (await firstAnswer(this.db, saved, query).catch(() => undefined));
      answered();
      if (saved && hits && !this.entitiesIndexed)
        return { size: saved.size, hits: pick(hits, perKind), building: true };
      await entities;
    }
    if (this.catchingUp)
      await Promise.race([
        this.catchUp(this.catchingUp),
        new Promise((r) => setTimeout(r, CATCH_UP_MS)),
      ]);
    const hits = pick(this.index.search(query, { perKind }), perKind);
    return { size: this.index.size, hits, building: this.indexing > 0 };
  }

  /**
   * Takes in the store as it is now. The live query would too, but a read of it already under way
   * when the write landed can still hold the old documents; this read starts after the write.
   */
  private catchUp(waiting: { done: Promise<void>; resolve: () => void }): Promise<void> {
    this.reading ??= loadSearchCorpus(this.db)
      .then(async (corpus) => void (await this.take(corpus)))
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
    this.started = undefined;
    this.generation += 1;
    this.entitiesIndexed = false;
  }

  /**
   * The saved snapshot first (one read), then, once the first question has its answer from it,
   * the entities from their tables (a tenth of the documents), indexed in chunks between which
   * questions are answered from the snapshot; then every ticket, in chunks too (ticket keys are
   * found at once, titles as their chunk is indexed). From then on the live query re-indexes what
   * each write changed.
   */
  private start(): Start {
    const generation = ++this.generation;
    const snapshot = readEntitySnapshot(this.db).catch(() => undefined);
    let answered = () => {};
    const firstAnswered = new Promise<void>((resolve) => (answered = resolve));
    const entities = snapshot.then(async (saved) => {
      this.savedVersion = saved?.entitiesVersion;
      // Reading 10k entities would hold up the first answer's own small reads.
      if (saved) await firstAnswered;
      this.indexing += 1;
      const corpus = await loadSearchEntities(this.db);
      await this.take(corpus);
      if (generation !== this.generation) return;
      this.entitiesIndexed = true;
      this.follow();
    });
    // A failed read is the question's failure; the next question starts over.
    entities.catch(() => {
      if (generation === this.generation) this.stop();
    });
    return { snapshot, entities, answered };
  }

  private follow(): void {
    let first = true;
    this.subscription = liveQuery(() => loadSearchCorpus(this.db)).subscribe({
      next: (corpus) => {
        // Questions waiting on a write are let go by their own read (catchUp), never by this one:
        // it may have started before the write landed and hold the old documents.
        if (!first) this.indexing += 1;
        first = false;
        void this.take(corpus).finally(() => {
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

  /** Indexes what a read of the store found; saves the entities if they moved since last saved. */
  private async take(corpus: SearchCorpus & { entitiesVersion?: string }) {
    const docs = toSearchDocs(corpus);
    const changed = await this.index.updateInChunks(docs);
    const version = corpus.entitiesVersion;
    if (version !== undefined && version !== this.savedVersion) this.save(version, docs);
    return changed;
  }

  private save(version: string, docs: readonly SearchDoc[]): void {
    this.savedVersion = version;
    writeEntitySnapshot(this.db, version, docs).catch((error: unknown) => {
      this.savedVersion = undefined;
      console.warn('Throughline: could not save the search snapshot', error);
    });
  }
}

/** The best `perKind` hits of each kind, in rank order. */
function pick(hits: Parameters<typeof groupByKind>[0], perKind: number) {
  return groupByKind(hits, perKind).flatMap((group) => group.hits);
}
