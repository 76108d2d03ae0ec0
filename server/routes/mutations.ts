import type { Handler } from 'hono';
import { MutationsRequestSchema, type MutationResult } from '../../lib/schema/mutations';
import type { AppEnv } from '../http/env';
import { readJson } from '../http/read-json';
import { applyMutations } from '../mutations/apply';
import type { Store } from '../store/store';

/** POST /v1/mutations: the whole request is validated before anything applies. */
export function handleMutations(store: Store): Handler<AppEnv> {
  return async (c) => {
    const request = await readJson(c, MutationsRequestSchema);
    const results: MutationResult[] = await applyMutations(store, request, c.get('user').userName);
    return c.json({ results });
  };
}
