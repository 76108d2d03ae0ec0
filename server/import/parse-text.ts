import {
  CONTEXT_FILE_MAX_BYTES,
  parseContextFile,
  type ContextFileProblem,
  type ParsedContextFile,
} from '../../lib/context-file/parse';
import { ContextFileSchema, type ContextFile } from '../../lib/schema/context-file';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../http/nesting-depth';
import { whyUrlIsNotTicketHost } from '../mutations/ticket-url-host';
import { yamlNestsDeeperThan } from './yaml-nesting';

export type ContextFileFormat = 'yaml' | 'json';

const TOO_DEEP = `The file nests lists or mappings more than ${MAX_JSON_DEPTH} deep`;

const fail = (message: string, path = ''): ParsedContextFile => ({
  ok: false,
  problems: [{ path, message }],
});

/**
 * The YAML parser, which never lets an exception out: it throws when it stops an alias
 * expansion (a "billion laughs" file) or runs out of stack, and either is a problem with the file.
 */
function parseYaml(text: string): ParsedContextFile {
  if (yamlNestsDeeperThan(text, MAX_JSON_DEPTH)) return fail(TOO_DEEP);
  try {
    return parseContextFile(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message))
      return fail(`The file expands YAML aliases too many times (${message})`);
    return fail(`The file cannot be read as YAML: ${message}`);
  }
}

/**
 * JSON the fast way. The YAML parser, which keeps every node's position for error lines, takes
 * seconds on a 10k-entity file; JSON.parse takes milliseconds. Nesting is checked first, by a
 * linear scan; text that is not JSON is refused as such and never handed to the YAML parser.
 * Only valid JSON with problems in its content goes through the YAML parser (JSON is YAML), so
 * that problems come with their lines and the same messages as from a YAML file.
 */
function parseJson(text: string): ParsedContextFile {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return fail(TOO_DEEP);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return fail(`The body is not valid JSON (send YAML as application/yaml)${detail}`);
  }
  const result = ContextFileSchema.safeParse(value);
  return result.success ? { ok: true, file: result.data } : parseYaml(text);
}

/** Each link whose `url` is not on its ticket's own tracker (see ticket-url-host.ts). */
function linkUrlProblems(file: ContextFile): ContextFileProblem[] {
  const problems: ContextFileProblem[] = [];
  file.links.forEach((link, index) => {
    const why = link.url === undefined ? null : whyUrlIsNotTicketHost(link.ticket, link.url);
    if (why !== null) problems.push({ path: `links[${index}].url`, message: why });
  });
  return problems.slice(0, 50);
}

/** A context file from text, checked whole; never throws. */
export function parseContextText(text: string, format: ContextFileFormat): ParsedContextFile {
  if (text.length > CONTEXT_FILE_MAX_BYTES) return fail('The file is larger than 5 MB');
  const parsed = format === 'json' ? parseJson(text) : parseYaml(text);
  if (!parsed.ok) return parsed;
  const problems = linkUrlProblems(parsed.file);
  return problems.length === 0 ? parsed : { ok: false, problems };
}
