import Dexie from 'dexie';

/** The tables the popup's search documents come from (lib/db/queries/search-corpus.ts). */
const SEARCHED = /^idb:\/\/(.+)\/(buckets|missions|goals|intents|links)\//;

/**
 * Calls `onChange` whenever Dexie reports a write to a searched table of the database `dbName`:
 * at commit in the context that wrote, and when the broadcast arrives in the others.
 */
export function onSearchableChange(dbName: string, onChange: () => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    const touched = Object.keys(parts).some(
      (part) => !part.startsWith('idb://') || SEARCHED.exec(part)?.[1] === dbName,
    );
    if (touched) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
