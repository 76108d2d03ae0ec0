import type { Context } from 'hono';
import type { z } from 'zod';
import { formatPath } from '../../lib/context-file/parse';
import { invalidInput } from './errors';

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

/** The request body parsed as JSON and validated, or a 400 naming what is wrong. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw invalidInput('The body is not valid JSON');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw invalidInput(describeIssues(result.error));
  return result.data;
}
