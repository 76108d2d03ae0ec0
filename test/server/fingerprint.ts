import type { Store } from '../../server/store/store';

/**
 * Everything the server stores, as one string: equal fingerprints before and after a request
 * prove that it changed nothing (not an entity, a version, a token, a mutation id or a name).
 */
export async function fingerprint(store: Store): Promise<string> {
  const parts = await Promise.all([
    store.query(
      `SELECT type, id, version::text, deleted, data::text, updated_at::text
       FROM entities ORDER BY type, id`,
    ),
    store.query('SELECT v::text FROM version_counter'),
    store.query('SELECT pruned_through::text FROM feed_horizon'),
    store.query('SELECT id, name FROM workspace'),
    store.query('SELECT hash, name, user_name, admin, revoked_at::text FROM tokens ORDER BY hash'),
    store.query('SELECT id, client_id FROM applied_mutations ORDER BY id'),
  ]);
  return JSON.stringify(parts);
}
