import type { Handler } from 'hono';
import type { AppEnv } from '../http/env';
import { ApiError, invalidInput } from '../http/errors';
import { importContextText } from '../import/apply';
import { describeProblems } from '../import/problems';
import type { Store } from '../store/store';

const YAML_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml', 'text/x-yaml'];

function isYaml(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return YAML_TYPES.includes(mediaType);
}

/**
 * POST /v1/import (admin): a context file as YAML (by Content-Type) or JSON. Problems come back
 * as a 400 whose message names each path and line, and whose `details` lists them for tools.
 */
export function handleImport(store: Store): Handler<AppEnv> {
  return async (c) => {
    if (!c.get('user').admin)
      throw new ApiError(403, 'forbidden', 'Importing needs an admin token');
    const text = await c.req.text();
    const format = isYaml(c.req.header('Content-Type')) ? 'yaml' : 'json';
    if (format === 'json') {
      // JSON is YAML, but a body sent as JSON must really be JSON.
      try {
        JSON.parse(text);
      } catch {
        throw invalidInput('The body is not valid JSON (send YAML as application/yaml)');
      }
    }
    const outcome = await importContextText(store, text, format);
    if (!outcome.ok)
      throw invalidInput(
        `The context file has problems: ${describeProblems(outcome.problems)}`,
        outcome.problems,
      );
    return c.json(outcome.result);
  };
}
