import type { Handler } from 'hono';
import type { AppEnv } from '../http/env';
import { ApiError, invalidInput } from '../http/errors';
import { importParsed } from '../import/apply';
import type { ContextFileParser } from '../import/parse-off-thread';
import type { ContextFileFormat } from '../import/parse-text';
import { describeProblems } from '../import/problems';
import type { Store } from '../store/store';

const YAML_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml', 'text/x-yaml'];
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

/**
 * YAML or JSON by Content-Type; without a telling one, a body starting with `{` or `[` is JSON.
 * A body sent as JSON is held to JSON: never re-read as YAML, which is slow on large text.
 */
export function formatOfBody(contentType: string | undefined, text: string): ContextFileFormat {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (YAML_TYPES.includes(mediaType)) return 'yaml';
  if (JSON_TYPE.test(mediaType)) return 'json';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/**
 * POST /v1/import (admin): a context file as YAML or JSON, read in a worker thread. Problems
 * come back as a 400 whose message names each path and line, and whose `details` lists them.
 */
export function handleImport(store: Store, parse: ContextFileParser): Handler<AppEnv> {
  return async (c) => {
    if (!c.get('user').admin)
      throw new ApiError(403, 'forbidden', 'Importing needs an admin token');
    const text = await c.req.text();
    const parsed = await parse(text, formatOfBody(c.req.header('Content-Type'), text));
    if (parsed === 'busy') {
      c.header('Retry-After', '5');
      throw new ApiError(
        429,
        'rate_limited',
        'Other imports are being read; retry in a few seconds',
      );
    }
    const outcome = await importParsed(store, parsed);
    if (!outcome.ok)
      throw invalidInput(
        `The context file has problems: ${describeProblems(outcome.problems)}`,
        outcome.problems,
      );
    return c.json(outcome.result);
  };
}
