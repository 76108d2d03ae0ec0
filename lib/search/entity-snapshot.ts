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
const FORMAT = 2;

/**
 * One column per field, entity i at index i in each: arrays of plain strings are checked and read
 * back several times faster than ten thousand small objects, in a worker that has just started.
 */
const ColumnsShape = z
  .object({
    kinds: z.array(z.enum(SEARCH_KINDS).exclude(['ticket'])),
    ids: z.array(z.string()),
    titles: z.array(z.string()),
    details: z.array(z.string().nullable()),
    owners: z.array(z.string().nullable()),
    /** The title's and owner's words as the index normalizes them, space-separated. */
    words: z.array(z.string()),
  })
  .refine((c) =>
    [c.ids, c.titles, c.details, c.owners, c.words].every((col) => col.length === c.kinds.length),
  );
type Columns = z.infer<typeof ColumnsShape>;

const RowShape = z.object({
  format: z.literal(FORMAT),
  entitiesVersion: z.string(),
  locale: z.string(),
  /** JSON of Columns: one string reads back far faster than a structured clone of the arrays. */
  columns: z.string(),
});

/** The saved entities: their words to match, and their documents made when shown. */
export class EntitySnapshot {
  /** Each entity's words, each preceded by a space: " raise week-1 week 1 activation 45". */
  readonly words: readonly string[];
  private byId: Map<string, number> | undefined;

  constructor(
    readonly entitiesVersion: string,
    private readonly columns: Columns,
  ) {
    this.words = columns.words.map((words) => ` ${words}`);
  }

  get size(): number {
    return this.words.length;
  }

  doc(i: number): SearchDoc {
    const { kinds, ids, titles, details, owners } = this.columns;
    const doc: SearchDoc = {
      id: `${kinds[i]}:${ids[i]}`,
      kind: kinds[i]!,
      entityId: ids[i]!,
      title: titles[i]!,
    };
    if (details[i] !== null) doc.detail = details[i];
    if (owners[i] !== null) doc.owner = owners[i];
    return doc;
  }

  /** The title of an entity by its document id (`intent:guided-setup`). */
  title(docId: string): string | undefined {
    const { kinds, ids, titles } = this.columns;
    this.byId ??= new Map(ids.map((id, i) => [`${kinds[i]}:${id}`, i]));
    const i = this.byId.get(docId);
    return i === undefined ? undefined : titles[i];
  }
}

/** The saved entities, if the stored row was written at the entities as they are now. */
export async function readEntitySnapshot(db: ThroughlineDb): Promise<EntitySnapshot | undefined> {
  const [version, row] = await db.transaction('r', db.meta, () =>
    Promise.all([db.meta.get(ENTITIES_VERSION_KEY), db.meta.get(SNAPSHOT_KEY)]),
  );
  const parsed = RowShape.safeParse(row?.value);
  if (!parsed.success) return undefined;
  const { entitiesVersion, locale, columns } = parsed.data;
  if (entitiesVersion !== version?.value || locale !== i18n.t('locale')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(columns);
  } catch {
    return undefined;
  }
  const checked = ColumnsShape.safeParse(json);
  return checked.success ? new EntitySnapshot(entitiesVersion, checked.data) : undefined;
}

/** Stores the entities' documents (of any kind but tickets) as read at `entitiesVersion`. */
export async function writeEntitySnapshot(
  db: ThroughlineDb,
  entitiesVersion: string,
  docs: readonly SearchDoc[],
): Promise<void> {
  const columns: Columns = { kinds: [], ids: [], titles: [], details: [], owners: [], words: [] };
  for (const doc of docs) {
    if (doc.kind === 'ticket') continue;
    columns.kinds.push(doc.kind);
    columns.ids.push(doc.entityId);
    columns.titles.push(doc.title);
    columns.details.push(doc.detail ?? null);
    columns.owners.push(doc.owner ?? null);
    columns.words.push(wordsOf(doc));
  }
  const value = {
    format: FORMAT,
    entitiesVersion,
    locale: i18n.t('locale'),
    columns: JSON.stringify(columns),
  };
  await db.meta.put({ key: SNAPSHOT_KEY, value });
}

/** The words the index matches by prefix (title and owner), as it normalizes them. */
function wordsOf(doc: SearchDoc): string {
  const text = doc.owner ? `${doc.title} ${doc.owner}` : doc.title;
  return [...new Set(indexTerms(text).flatMap((term) => normalizeTerm(term) ?? []))].join(' ');
}
