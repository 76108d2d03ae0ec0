import { IMPORT_LINKED_BY } from '../import/plan';
import type { Queryable } from '../store/store';
import type { CliOutput } from './commands';

interface NoFitRow {
  id: string;
  title: string | null;
  note: string | null;
  linked_by: string | null;
  linked_at: string | null;
}

/** The live links tagged "no intent fits", most recent first. */
export async function readNoFitLinks(db: Queryable): Promise<NoFitRow[]> {
  return db.query<NoFitRow & Record<string, unknown>>(
    `SELECT id, data->>'title' AS title, data->>'note' AS note,
            data->>'linkedBy' AS linked_by, data->>'linkedAt' AS linked_at
     FROM entities
     WHERE type = 'link' AND NOT deleted AND data->'noFit' = 'true'::jsonb
     ORDER BY data->>'linkedAt' DESC NULLS LAST, id`,
  );
}

/**
 * `no-fit`: where work escapes the map of intents, for product operations. One line per ticket:
 * when, who, the ticket (and its title), then its note on the next line.
 */
export async function runNoFit(db: Queryable, io: CliOutput): Promise<number> {
  const rows = await readNoFitLinks(db);
  if (rows.length === 0) {
    io.out('No ticket is tagged "no intent fits".');
    return 0;
  }
  io.out(
    `${rows.length} ticket${rows.length === 1 ? '' : 's'} tagged "no intent fits", most recent first:`,
  );
  for (const row of rows) {
    const when = row.linked_at ?? 'unknown time';
    const who =
      row.linked_by === IMPORT_LINKED_BY ? 'the context file' : (row.linked_by ?? 'unknown');
    const title = row.title === null ? '' : ` "${row.title}"`;
    io.out(`  ${when}  ${who}  ${row.id}${title}`);
    io.out(`      ${row.note ?? '(no note)'}`);
  }
  return 0;
}
