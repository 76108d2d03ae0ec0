import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { ContextFileSchema, type ContextFile } from '../schema/context-file';

export interface ContextFileProblem {
  /** Dotted path into the file, e.g. `missions[0].goals[1].status`; empty for the whole file. */
  path: string;
  message: string;
  /** 1-based line in a YAML file, when known. */
  line?: number;
}
export type ParsedContextFile =
  { ok: true; file: ContextFile } | { ok: false; problems: ContextFileProblem[] };

export const CONTEXT_FILE_MAX_BYTES = 5 * 1024 * 1024;

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * Parses a context file given as YAML or JSON text (JSON is YAML, so one parser serves both and
 * keeps line numbers), then validates it. Never throws.
 */
export function parseContextFile(text: string): ParsedContextFile {
  if (text.length > CONTEXT_FILE_MAX_BYTES)
    return { ok: false, problems: [{ path: '', message: 'The file is larger than 5 MB' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 20).map((error) => ({
        path: '',
        message: error.message.split('\n')[0] ?? 'Syntax error',
        line: lineCounter.linePos(error.pos[0]).line,
      })),
    };
  }
  if (!isMap(doc.contents))
    return {
      ok: false,
      problems: [{ path: '', message: 'Expected a mapping with a "workspace" key at the top' }],
    };
  const result = ContextFileSchema.safeParse(doc.toJS({ maxAliasCount: 100 }), {
    // A key left out reads as what it is, not as "expected string, received undefined".
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input === undefined ? MISSING_KEY : undefined,
  });
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, problems: problemsOf(result.error, doc, lineCounter) };
}

/** The message for a required key the file leaves out. */
export const MISSING_KEY = 'Missing: this key is required';

function problemsOf(
  error: z.ZodError,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): ContextFileProblem[] {
  return error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { path: formatPath(path), message: issue.message, line: lineOf(doc, path, lineCounter) };
  });
}

function lineOf(
  doc: ReturnType<typeof parseDocument>,
  path: (string | number)[],
  lineCounter: LineCounter,
): number | undefined {
  // The deepest node that exists on the path: a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
