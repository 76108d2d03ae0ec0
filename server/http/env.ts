import type { TokenUser } from '../tokens';

/** Hono's typing of what middleware hands to handlers. */
export interface AppEnv {
  Variables: { user: TokenUser };
}
