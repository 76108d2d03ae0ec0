import MiniSearch, { type SearchResult } from 'minisearch';
import { sameDoc, type SearchDoc, type SearchKind } from './documents';
import { exactKeyCandidates } from './exact-key';
import { INDEX_OPTIONS } from './query-plan';
import { TermMatches } from './term-matches';
import { normalizeTerm, queryTerms } from './terms';
import { TicketKeys } from './ticket-keys';

/** An intent found only through its goal's or mission's title ranks below that goal or mission. */
const INHERITED = 0.5;
/** How many of the best goals and missions lend their intents to the results. */
const PARENTS_EXPANDED = 3;
/** One character matches half the index and helps nobody: the popup asks for more. */
export const MIN_QUERY_LENGTH = 2;
/** Tickets listed for a key prefix ("PAY-4"): more than the popup shows of one kind. */
export const KEY_PREFIX_LIMIT = 20;

/**
 * Why a document was found, strongest first: the query is its ticket key (or id, or URL); the
 * query is the start of its key and written like one (`PAY-4`, `acme/app#`); its text matches;
 * the query is a bare word that starts its key (`pay`), which titles outrank.
 */
export type MatchKind = 'exact-key' | 'key-prefix' | 'text' | 'key-word';
const TIER: Record<MatchKind, number> = { 'exact-key': 3, 'key-prefix': 2, text: 1, 'key-word': 0 };

export interface SearchHit {
  doc: SearchDoc;
  /** Ranks hits of the same match kind; comparable only within one search. */
  score: number;
  match: MatchKind;
}

/** Stronger match kinds first, then higher scores. */
export const byRank = (a: SearchHit, b: SearchHit) =>
  TIER[b.match] - TIER[a.match] || b.score - a.score;

export interface SearchRequest {
  /** Only these kinds (the tag picker wants intents and buckets). */
  kinds?: readonly SearchKind[];
  /** At most this many hits overall. */
  limit?: number;
  /**
   * Only the best this many of each kind are wanted (the popup shows five of each): text matches
   * beyond them are not even collected, which on a common word is thousands of documents.
   */
  perKind?: number;
}

export function isSearchable(query: string): boolean {
  return query.trim().length >= MIN_QUERY_LENGTH;
}

/**
 * A MiniSearch index over the popup's documents, updated in place: `update` diffs the new
 * documents against the indexed ones, so a sync that changes ten rows re-indexes ten documents,
 * not ten thousand.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  private readonly terms = new TermMatches(this.mini);
  private readonly docs = new Map<string, SearchDoc>();
  private readonly keys = new TicketKeys();
  private readonly children = new Map<string, Set<string>>();
  private queue: Promise<unknown> = Promise.resolve();

  get size(): number {
    return this.docs.size;
  }

  get(id: string): SearchDoc | undefined {
    return this.docs.get(id);
  }

  /** Makes the index hold exactly `docs`; returns how many documents changed. */
  update(docs: readonly SearchDoc[]): number {
    const added = this.reconcile(docs);
    this.mini.addAll(added.docs);
    this.terms.clear();
    return added.changed;
  }

  /**
   * The same, indexing new documents in chunks between which the page stays responsive (a first
   * build of thousands of documents). Calls run one after another, in the order made.
   */
  updateInChunks(docs: readonly SearchDoc[], chunkSize = 500): Promise<number> {
    const run = async () => {
      const added = this.reconcile(docs);
      for (let start = 0; start < added.docs.length; start += chunkSize) {
        // Questions are answered between chunks, from what is indexed so far.
        if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
        this.mini.addAll(added.docs.slice(start, start + chunkSize));
        this.terms.clear();
      }
      return added.changed;
    };
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  search(query: string, request: SearchRequest = {}): SearchHit[] {
    if (!isSearchable(query)) return [];
    const kinds = request.kinds ? new Set<SearchKind>(request.kinds) : undefined;
    const wanted = (doc: SearchDoc | undefined): doc is SearchDoc =>
      doc !== undefined && (!kinds || kinds.has(doc.kind));

    const hits = new Map<string, SearchHit>();
    const add = (id: string, score: number, match: MatchKind) => {
      const doc = this.docs.get(id);
      if (doc && !hits.has(id)) hits.set(id, { doc, score, match });
    };
    if (!kinds || kinds.has('ticket')) {
      for (const candidate of exactKeyCandidates(query))
        for (const id of this.keys.exact(candidate)) add(id, 1, 'exact-key');
      const token = keyPrefixOf(query);
      if (token) {
        const ids = this.keys.withPrefix(token, KEY_PREFIX_LIMIT);
        const match = keyPrefixMatch(token);
        ids.forEach((id, i) => add(id, ids.length - i, match));
      }
    }
    const room = perKindRoom(request.perKind);
    // Text results come best first, so the first of each kind are its best.
    for (const result of this.textSearch(query, kinds)) {
      const doc = this.docs.get(result.id);
      if (doc && !hits.has(result.id) && room(doc.kind)) add(result.id, result.score, 'text');
    }
    if (!kinds || kinds.has('intent')) this.addInheritedIntents(hits);

    const ranked = [...hits.values()].filter((hit) => wanted(hit.doc));
    ranked.sort(byRank);
    return request.limit === undefined ? ranked : ranked.slice(0, request.limit);
  }

  private textSearch(query: string, kinds: Set<SearchKind> | undefined) {
    // Goals and missions are searched even when not wanted: they lend their intents.
    const searched = kinds && new Set<string>([...kinds, 'goal', 'mission']);
    const filter = searched && ((result: SearchResult) => searched.has(String(result.kind)));
    const terms = queryTerms(query).flatMap((term) => normalizeTerm(term) ?? []);
    if (terms.length === 0) return [];
    // Every word must match; if none matches them all (a word matches nothing), rank by the words
    // that do.
    return this.terms.search(terms, searched ? [...searched].sort().join() : '', filter);
  }

  private addInheritedIntents(hits: Map<string, SearchHit>): void {
    const parents = [...hits.values()].filter((hit) => hit.match === 'text');
    const best = (kind: SearchKind) =>
      parents.filter((hit) => hit.doc.kind === kind).slice(0, PARENTS_EXPANDED);
    for (const parent of [...best('goal'), ...best('mission')]) {
      for (const id of this.children.get(parent.doc.id) ?? []) {
        const doc = this.docs.get(id);
        const score = parent.score * INHERITED;
        const current = hits.get(id);
        if (doc && (!current || (current.match === 'text' && current.score < score)))
          hits.set(id, { doc, score, match: 'text' });
      }
    }
  }

  /** Book-keeping for a new set of documents; returns those to (re-)index. */
  private reconcile(docs: readonly SearchDoc[]): { docs: SearchDoc[]; changed: number } {
    const seen = new Set<string>();
    const added: SearchDoc[] = [];
    let changed = 0;
    for (const doc of docs) {
      seen.add(doc.id);
      const current = this.docs.get(doc.id);
      if (current && sameDoc(current, doc)) continue;
      this.remove(doc.id);
      this.docs.set(doc.id, doc);
      this.link(doc);
      added.push(doc);
      changed++;
    }
    for (const id of [...this.docs.keys()]) {
      if (seen.has(id)) continue;
      this.remove(id);
      changed++;
    }
    return { docs: added, changed };
  }

  private link(doc: SearchDoc): void {
    for (const key of keysOf(doc)) this.keys.add(key, doc.id);
    for (const parent of doc.parents ?? []) setOf(this.children, parent).add(doc.id);
  }

  private remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    if (this.mini.has(id)) this.mini.discard(id);
    this.terms.clear();
    this.docs.delete(id);
    for (const key of keysOf(doc)) this.keys.delete(key, id);
    for (const parent of doc.parents ?? []) this.children.get(parent)?.delete(id);
  }
}

/**
 * Whether another text match of a kind is still wanted. Goals and missions keep at least as many
 * as lend their intents, so the best intents come out the same.
 */
function perKindRoom(perKind: number | undefined): (kind: SearchKind) => boolean {
  if (perKind === undefined) return () => true;
  const taken = new Map<SearchKind, number>();
  return (kind) => {
    const count = taken.get(kind) ?? 0;
    const cap =
      kind === 'goal' || kind === 'mission' ? Math.max(perKind, PARENTS_EXPANDED) : perKind;
    if (count >= cap) return false;
    taken.set(kind, count + 1);
    return true;
  };
}

/** The query as the start of a ticket key (`pay-4`, `acme/app#`), if it is one word. */
export function keyPrefixOf(query: string): string | undefined {
  const token = query.trim().toLowerCase();
  return /\s/.test(token) ? undefined : token;
}

/** Written like a key (`PAY-4`) it ranks above titles; a bare word (`pay`) below them. */
export function keyPrefixMatch(token: string): MatchKind {
  return /[-/#]/.test(token) ? 'key-prefix' : 'key-word';
}

/** A ticket is found exactly by its key (`pay-42`) and by its canonical id. */
function keysOf(doc: SearchDoc): string[] {
  return doc.key ? [doc.key.toLowerCase(), doc.entityId.toLowerCase()] : [];
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}
