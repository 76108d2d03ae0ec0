import { entitiesOfContextFile } from '../context-file/to-entities';
import type { ContextFileProblem } from '../context-file/parse';
import type { ContextFile } from '../schema/context-file';
import {
  ENTITY_SCHEMAS,
  ENTITY_TYPES,
  type EntityByType,
  type EntityType,
} from '../schema/entities';

export type RowsByType = { [T in EntityType]: EntityByType[T][] };

export type StampedRows =
  { ok: true; rows: RowsByType } | { ok: false; problems: ContextFileProblem[] };

/**
 * The rows a server would have made of a context file, made locally: with no server to assign
 * them, every entity gets version 1 and `updatedAt` now, and every link `linkedAt` now. Each row
 * is checked against the same schema synced rows pass, so the sidebar and popup read both alike.
 */
export function stampRows(file: ContextFile, now = new Date().toISOString()): StampedRows {
  const rows = Object.fromEntries(ENTITY_TYPES.map((type) => [type, []])) as unknown as RowsByType;
  const problems: ContextFileProblem[] = [];
  for (const { type, id, data } of entitiesOfContextFile(file)) {
    const stamped = {
      ...data,
      // As the server's import marks them, so surfaces say "Linked in the context file".
      ...(type === 'link' ? { linkedAt: now, linkedBy: 'import' } : {}),
      id,
      version: 1,
      updatedAt: now,
    };
    const parsed = ENTITY_SCHEMAS[type].safeParse(stamped);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({ path: `${type} ${id}`, message: issue?.message ?? 'invalid' });
      continue;
    }
    (rows[type] as unknown[]).push(parsed.data);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
