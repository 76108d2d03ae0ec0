import { readFile } from 'node:fs/promises';
import type { ContextFileProblem } from '../../lib/context-file/parse';
import { importContextText } from '../import/apply';
import { parseContextText } from '../import/parse-text';
import { describePreview } from './describe-preview';
import { previewImport } from '../import/preview';
import { describeProblem } from '../import/problems';
import type { Store } from '../store/store';
import { createToken, revokeToken } from '../tokens';

/** Where a command writes: stdout for results, stderr for problems. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Prints every problem with its path and line; the exit code of a refused file. */
function reportProblems(file: string, problems: readonly ContextFileProblem[], io: CliOutput) {
  io.err(`${file} was not imported; fix these problems:`);
  for (const problem of problems) io.err(`  ${describeProblem(problem)}`);
  return 1;
}

/**
 * `import FILE [--dry-run]`: prints the counts, or every problem with its path and line (exit 1).
 * A dry run prints what the import would change and writes nothing.
 */
export async function runImport(
  store: Store,
  file: string,
  io: CliOutput,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const format = /\.json$/i.test(file) ? 'json' : 'yaml';
  if (dryRun) {
    const parsed = parseContextText(text, format);
    if (!parsed.ok) return reportProblems(file, parsed.problems, io);
    for (const line of describePreview(await previewImport(store, parsed.file))) io.out(line);
    return 0;
  }
  const outcome = await importContextText(store, text, format);
  if (!outcome.ok) return reportProblems(file, outcome.problems, io);
  const { workspace, created, updated, deleted, unchanged } = outcome.result;
  io.out(
    `Imported "${workspace}": ${created} created, ${updated} updated, ${deleted} deleted, ${unchanged} unchanged`,
  );
  return 0;
}

/** `token create`: the token is printed once, on its own line, so scripts can capture it. */
export async function runTokenCreate(
  store: Store,
  options: { name: string; userName?: string; admin: boolean },
  io: CliOutput,
): Promise<number> {
  try {
    const token = await createToken(store, options);
    io.err(
      `Created ${options.admin ? 'admin ' : ''}token "${options.name}". It is not shown again:`,
    );
    io.out(token);
    return 0;
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}

export async function runTokenRevoke(store: Store, name: string, io: CliOutput): Promise<number> {
  const count = await revokeToken(store, name);
  if (count === 0) {
    io.err(`No live token named "${name}"`);
    return 1;
  }
  io.out(`Revoked token "${name}"`);
  return 0;
}
