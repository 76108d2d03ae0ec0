import type { Context } from 'hono';
import type { z } from 'zod';
import { formatPath } from '../../lib/context-file/parse';
import { invalidInput } from './errors';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './nesting-depth';

/** "path: message" for each issue, so a 400 says exactly what to fix. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => {
      const path = formatPath(issue.path.filter((p) => typeof p !== 'symbol'));
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** JSON text parsed, or a 400: too deep (checked first, cheaply) or not JSON. */
export function parseJsonText(text: string): unknown {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw invalidInput(`The body nests arrays or objects more than ${MAX_JSON_DEPTH} deep`);
  try {
    return JSON.parse(text);
  } catch {
    throw invalidInput('The body is not valid JSON');
  }
}

/** The request body parsed as JSON and validated, or a 400 naming what is wrong. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const result = schema.safeParse(parseJsonText(await c.req.text()));
  if (!result.success) throw invalidInput(describeIssues(result.error));
  return result.data;
}
