import { i18n } from '#i18n';
import { z } from 'zod';
import type { ThroughlineDb } from '../db/database';
import { ENTITIES_VERSION_KEY } from '../db/entities-version';
import { SEARCH_KINDS, type SearchDoc } from './documents';
import { indexTerms, normalizeTerm } from './terms';

/**
 * What a worker that was stopped answers from while it rebuilds the search index: the entities'
 * documents as a compact row in `meta`, written by the worker whenever the entities it indexed
 * changed. Building the index from the tables takes half a second and more (reading 10k entities
 * alone is 150 ms in Chromium); this row is one read of about a megabyte.
 *
 * The row is labelled with the `entitiesVersion` it was read at, which every write of an entity
 * moves in its own transaction (lib/db/entities-version.ts): a row whose label is not the stored
 * version is never answered from, so a sync while the worker was stopped cannot bring back old
 * titles. A row in an older format, in another language, or damaged reads as absent.
 */
export const SNAPSHOT_KEY = 'searchEntities';
/** Bump when the row's shape or what the documents hold changes. */
const FORMAT = 1;

/** One entity: kind, entity id, title, detail, owner, and its searched words (see `termsOf`). */
const EntryShape = z.tuple([
  z.enum(SEARCH_KINDS),
  z.string(),
  z.string(),
  z.string().nullable(),
  z.string().nullable(),
  z.string(),
]);
type Entry = z.infer<typeof EntryShape>;

const RowShape = z.object({
  format: z.literal(FORMAT),
  entitiesVersion: z.string(),
  locale: z.string(),
  /** JSON of Entry[]: one string reads back far faster than ten thousand small arrays. */
  entries: z.string(),
});

/** An entity's document for a first answer, with its title's and owner's words. */
export interface SnapshotDoc {
  doc: SearchDoc;
  /** Normalized words of the title and owner, each preceded by a space: " raise week-1 week". */
  words: string;
}

export interface EntitySnapshot {
  entitiesVersion: string;
  docs: SnapshotDoc[];
}

/** The entities' documents, if the stored row was written at the entities as they are now. */
export async function readEntitySnapshot(db: ThroughlineDb): Promise<EntitySnapshot | undefined> {
  const [version, row] = await db.transaction('r', db.meta, () =>
    Promise.all([db.meta.get(ENTITIES_VERSION_KEY), db.meta.get(SNAPSHOT_KEY)]),
  );
  const parsed = RowShape.safeParse(row?.value);
  if (!parsed.success) return undefined;
  const { entitiesVersion, locale, entries } = parsed.data;
  if (entitiesVersion !== version?.value || locale !== i18n.t('locale')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(entries);
  } catch {
    return undefined;
  }
  const checked = z.array(EntryShape).safeParse(json);
  return checked.success ? { entitiesVersion, docs: checked.data.map(toSnapshotDoc) } : undefined;
}

/** Stores the entities' documents (of any kind but tickets) as read at `entitiesVersion`. */
export async function writeEntitySnapshot(
  db: ThroughlineDb,
  entitiesVersion: string,
  docs: readonly SearchDoc[],
): Promise<void> {
  const entries: Entry[] = docs
    .filter((doc) => doc.kind !== 'ticket')
    .map((doc) => [
      doc.kind,
      doc.entityId,
      doc.title,
      doc.detail ?? null,
      doc.owner ?? null,
      termsOf(doc),
    ]);
  const value = {
    format: FORMAT,
    entitiesVersion,
    locale: i18n.t('locale'),
    entries: JSON.stringify(entries),
  };
  await db.meta.put({ key: SNAPSHOT_KEY, value });
}

/** The words the index matches by prefix (title and owner), as it normalizes them. */
function termsOf(doc: SearchDoc): string {
  const text = doc.owner ? `${doc.title} ${doc.owner}` : doc.title;
  const terms = new Set(indexTerms(text).flatMap((term) => normalizeTerm(term) ?? []));
  return [...terms].join(' ');
}

function toSnapshotDoc([kind, entityId, title, detail, owner, terms]: Entry): SnapshotDoc {
  const doc: SearchDoc = { id: `${kind}:${entityId}`, kind, entityId, title };
  if (detail !== null) doc.detail = detail;
  if (owner !== null) doc.owner = owner;
  return { doc, words: ` ${terms}` };
}
