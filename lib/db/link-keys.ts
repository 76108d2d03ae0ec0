import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import type { ThroughlineDb } from './database';
import { LinkKeyIndex } from './link-key-index';
import { writesAreLocal } from './sole-writer';

/**
 * The linked tickets' keys, in the worker's memory, so that a title's mentions are found without
 * an index read per lookup (DESIGN.md "Performance budgets": a lookup with mentions ≤ 2× a bare
 * get). Readers take only candidates from it and read those links by id, so it must never miss a
 * stored link, while an id too many costs one read and is never an answer. Hence, for every write
 * to `links` (a sync page, a tag, an untag, a reset, a disconnect, an import: all pass through the
 * middleware below):
 * - a put adds its ids when it is issued, before it can commit;
 * - a delete removes its ids once it has committed, except those put again meanwhile;
 * - a cleared range, or a put that aborted, has the index built again from the stored ids; the old
 *   one, still holding every stored id, answers meanwhile.
 */
class LinkKeys {
  index: LinkKeyIndex | undefined;
  private stale = false;
  /** Moved by every clear or abort: a build that saw it move is stale when it ends. */
  private changes = 0;
  /** While a build reads the stored ids: what happened meanwhile, replayed onto its result. */
  private building: { log: ['add' | 'delete', string][] } | undefined;
  private built: Promise<void> | undefined;
  private readonly deleting = new Set<{ ids: ReadonlySet<string>; putAgain: Set<string> }>();
  private readonly putsIn = new WeakSet<DBCoreTransaction>();

  constructor(private readonly db: ThroughlineDb) {}

  /** The index, when one is built; otherwise (or when stale) a build starts in the background. */
  current(): LinkKeyIndex | undefined {
    if ((!this.index || this.stale) && !this.building && this.db.isOpen()) void this.build();
    return this.index;
  }

  /** Waits for a current index (benchmarks and tests; lookups never wait). */
  async ready(): Promise<LinkKeyIndex> {
    await this.db.open();
    for (;;) {
      const index = this.current();
      if (this.building) await this.built;
      else if (index && !this.stale) return index;
      else throw new Error('The linked tickets could not be read');
    }
  }

  issued(req: DBCoreMutateRequest): void {
    const trans = req.trans;
    if (req.type === 'add' || req.type === 'put') {
      const ids = req.keys ?? req.values.map((value: { id?: unknown }) => value.id);
      for (const id of ids) if (typeof id === 'string') this.added(id);
      if (!this.putsIn.has(trans)) when(trans, 'abort', () => this.rebuild());
      this.putsIn.add(trans);
    } else if (req.type === 'delete') {
      const deleting = { ids: new Set(req.keys.map(String)), putAgain: new Set<string>() };
      this.deleting.add(deleting);
      when(trans, 'abort', () => this.deleting.delete(deleting));
      when(trans, 'complete', () => {
        this.deleting.delete(deleting);
        for (const id of deleting.ids) if (!deleting.putAgain.has(id)) this.removed(id);
      });
    } else if (req.type === 'deleteRange') when(trans, 'complete', () => this.rebuild());
  }

  /** Drops the index: the next lookup builds it from what is stored. */
  forget(): void {
    this.index = undefined;
    this.stale = false;
    this.changes += 1;
    this.deleting.clear();
  }

  private added(id: string): void {
    this.index?.add(id);
    this.building?.log.push(['add', id]);
    for (const deleting of this.deleting) if (deleting.ids.has(id)) deleting.putAgain.add(id);
  }

  private removed(id: string): void {
    this.index?.delete(id);
    this.building?.log.push(['delete', id]);
  }

  private rebuild(): void {
    this.stale = true;
    this.changes += 1;
  }

  private async build(): Promise<void> {
    const building: NonNullable<LinkKeys['building']> = { log: [] };
    const changes = this.changes;
    this.building = building;
    this.built = storedLinkIds(this.db)
      .then((ids) => {
        const index = new LinkKeyIndex();
        for (const id of ids) index.add(id);
        for (const [change, id] of building.log)
          if (change === 'add') index.add(id);
          else index.delete(id);
        this.index = index;
        this.stale = changes !== this.changes;
      })
      .catch(() => undefined) // closed meanwhile: lookups read the index in IndexedDB
      .finally(() => {
        this.building = undefined;
      });
    await this.built;
  }
}

/** One per database instance that is trusted to see every write (lib/db/sole-writer.ts). */
const held = new WeakMap<ThroughlineDb, LinkKeys>();

/** The linked tickets by key, in the worker once built; undefined where lookups read IndexedDB. */
export function linkKeysOf(db: ThroughlineDb): LinkKeyIndex | undefined {
  return writesAreLocal(db) ? keysOf(db).current() : undefined;
}

/** Waits until the index is built (benchmarks and tests). */
export function linkKeysReady(db: ThroughlineDb): Promise<LinkKeyIndex> {
  return keysOf(db).ready();
}

function keysOf(db: ThroughlineDb): LinkKeys {
  let keys = held.get(db);
  if (!keys) held.set(db, (keys = new LinkKeys(db)));
  return keys;
}

/** Every write to `links` made through this instance reaches the index (see LinkKeys). */
export function linkKeysMiddleware(db: ThroughlineDb): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'LinkKeys',
    level: 10,
    create: (down) => {
      // A (re)opened database may hold anything: build from what it stores.
      held.get(db)?.forget();
      return {
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'links') return table;
          return {
            ...table,
            mutate: (req) => {
              held.get(db)?.issued(req);
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
}

/** Every stored link's id, read past Dexie so that no live query starts tracking all of them. */
function storedLinkIds(db: ThroughlineDb): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = db
      .backendDB()
      .transaction('links', 'readonly')
      .objectStore('links')
      .getAllKeys();
    request.onsuccess = () => resolve(request.result.map(String));
    request.onerror = () => reject(request.error);
  });
}

/** Runs `then` when the transaction (an IDBTransaction under Dexie's IndexedDB core) ends so. */
function when(trans: DBCoreTransaction, end: 'complete' | 'abort', then: () => void): void {
  (trans as unknown as IDBTransaction).addEventListener(end, then, { once: true });
}
