import type { Handler } from 'hono';
import type { Me } from '../../lib/schema/api';
import type { AppEnv } from '../http/env';
import type { Store } from '../store/store';
import { readWorkspace } from '../workspace';

/** GET /v1/me: who the token acts as, in which workspace (the options page shows the name). */
export function handleMe(store: Store): Handler<AppEnv> {
  return async (c) => {
    const workspace = await readWorkspace(store);
    const { userName } = c.get('user');
    const body: Me = { workspace, user: { id: userName, name: userName } };
    return c.json(body);
  };
}
