import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/**
 * The tables the worker keeps in memory (lib/db/entity-map.ts): the ~10k entities and the rules.
 * Links are not among them: there are 100k of them and each lookup reads its own.
 */
export const MAPPED_TABLES: readonly string[] = [
  'buckets',
  'missions',
  'goals',
  'intents',
  'rules',
];

/** The meta row that changes whenever a mapped table does, in the same transaction. */
export const ENTITIES_VERSION_KEY = 'entitiesVersion';

const mapped = new Set(MAPPED_TABLES);

/**
 * Every write to a mapped table, whichever path makes it (a sync page, a rebuild, an import, a
 * reset, a disconnect, a test), also writes a new `entitiesVersion` in the same transaction. A
 * cached map labelled with the version it was read at is therefore current exactly when the
 * stored version still equals its label, in any context that opens the database (worker, popup,
 * options), and a live query that reads the version re-runs when any mapped row changes.
 *
 * It sits in Dexie's DBCore stack above the observability layer (level 10 > 0), so the version
 * write is seen by live queries, here and in the extension's other pages, like any other write.
 * Read-write transactions over a mapped table get `meta` added to their scope, so no writer can
 * forget it.
 */
export const entitiesVersionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EntitiesVersion',
  level: 10,
  create: (down) => {
    const bumped = new WeakSet<DBCoreTransaction>();
    return {
      transaction: (stores, mode, options) => {
        const widen =
          mode === 'readwrite' && !stores.includes('meta') && stores.some((s) => mapped.has(s));
        return down.transaction(widen ? [...stores, 'meta'] : stores, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        if (!mapped.has(name)) return table;
        return {
          ...table,
          mutate: async (req) => {
            // Both requests are made in the same tick, so the transaction cannot commit between.
            const bump = bumped.has(req.trans)
              ? undefined
              : down.table('meta').mutate({
                  type: 'put',
                  trans: req.trans,
                  values: [{ key: ENTITIES_VERSION_KEY, value: newVersion() }],
                });
            bumped.add(req.trans);
            const [, result] = await Promise.all([bump, table.mutate(req)]);
            return result;
          },
        };
      },
    };
  },
};

let counter = 0;
/** Unique across contexts and restarts: two pages writing never produce the same label. */
function newVersion(): string {
  counter += 1;
  return `${crypto.randomUUID()}-${counter}`;
}
