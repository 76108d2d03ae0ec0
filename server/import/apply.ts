import type { ContextFile } from '../../lib/schema/context-file';
import { ContextFileSchema } from '../../lib/schema/context-file';
import type { ImportResult } from '../../lib/schema/api';
import {
  CONTEXT_FILE_MAX_BYTES,
  parseContextFile,
  type ContextFileProblem,
  type ParsedContextFile,
} from '../../lib/context-file/parse';
import { entitiesOfContextFile } from '../../lib/context-file/to-entities';
import { readAllEntities, writeEntities } from '../entities';
import type { Store } from '../store/store';
import { lockWriters } from '../versions';
import { readWorkspace, renameWorkspace } from '../workspace';
import { planImport } from './plan';

/** Imports a validated context file in one transaction; see planImport for what changes. */
export async function importContextFile(store: Store, file: ContextFile): Promise<ImportResult> {
  return store.transaction(async (tx) => {
    await lockWriters(tx);
    const stored = await readAllEntities(tx);
    const plan = planImport(entitiesOfContextFile(file), stored, new Date().toISOString());
    await writeEntities(tx, plan.writes);
    if ((await readWorkspace(tx)).name !== file.workspace)
      await renameWorkspace(tx, file.workspace);
    return { workspace: file.workspace, ...plan.counts };
  });
}

export type ImportTextOutcome =
  { ok: true; result: ImportResult } | { ok: false; problems: ContextFileProblem[] };

/**
 * A context file known to be JSON, parsed the fast way. The YAML parser, which keeps every node's
 * position for error lines, takes seconds on a 10k-entity file; JSON.parse takes milliseconds. Only
 * a file with problems goes through the YAML parser (JSON is YAML), so that problems still come
 * with their lines and the same messages.
 */
function parseJsonContextFile(text: string): ParsedContextFile {
  if (text.length > CONTEXT_FILE_MAX_BYTES) return parseContextFile(text);
  try {
    const result = ContextFileSchema.safeParse(JSON.parse(text));
    if (result.success) return { ok: true, file: result.data };
  } catch {
    // not JSON after all: the YAML parser names the line
  }
  return parseContextFile(text);
}

/** Parses a context file (YAML, or JSON when `format` says so) and imports it when valid. */
export async function importContextText(
  store: Store,
  text: string,
  format: 'yaml' | 'json' = 'yaml',
): Promise<ImportTextOutcome> {
  const parsed = format === 'json' ? parseJsonContextFile(text) : parseContextFile(text);
  if (!parsed.ok) return parsed;
  return { ok: true, result: await importContextFile(store, parsed.file) };
}
