import type { ContextFile } from '../../lib/schema/context-file';
import type { ImportResult } from '../../lib/schema/api';
import type { ContextFileProblem, ParsedContextFile } from '../../lib/context-file/parse';
import { entitiesOfContextFile } from '../../lib/context-file/to-entities';
import { readAllEntities, writeEntities } from '../entities';
import type { Store } from '../store/store';
import { lockWriters } from '../versions';
import { readWorkspace, renameWorkspace } from '../workspace';
import { parseContextText, type ContextFileFormat } from './parse-text';
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

/** Imports a parsed context file when it is valid. */
export async function importParsed(
  store: Store,
  parsed: ParsedContextFile,
): Promise<ImportTextOutcome> {
  if (!parsed.ok) return parsed;
  return { ok: true, result: await importContextFile(store, parsed.file) };
}

/**
 * Parses a context file (YAML, or JSON when `format` says so) here, on this thread, and imports
 * it when valid: for the CLI and the seed file. The API parses in a worker (parse-off-thread.ts).
 */
export async function importContextText(
  store: Store,
  text: string,
  format: ContextFileFormat = 'yaml',
): Promise<ImportTextOutcome> {
  return importParsed(store, parseContextText(text, format));
}
