import type { EntityType } from '../../lib/schema/entities';
import type { Mutation, MutationResult } from '../../lib/schema/mutations';
import { entityKey, liveKeys, writeEntities, type EntityWrite } from '../entities';
import type { Queryable, Store } from '../store/store';
import { lockWriters } from '../versions';
import { whyUrlIsNotTicketHost } from './ticket-url-host';

export interface MutationBatch {
  clientId: string;
  mutations: readonly Mutation[];
}

/** Everything the batch refers to, looked up in one query. */
function referencedKeys(mutations: readonly Mutation[]): { type: EntityType; id: string }[] {
  const keys: { type: EntityType; id: string }[] = [];
  for (const mutation of mutations) {
    keys.push({ type: 'link', id: mutation.args.ticketId });
    if (mutation.type !== 'link.set') continue;
    if (mutation.args.intentId !== undefined)
      keys.push({ type: 'intent', id: mutation.args.intentId });
    if (mutation.args.bucketId !== undefined)
      keys.push({ type: 'bucket', id: mutation.args.bucketId });
  }
  return keys;
}

async function seenIds(tx: Queryable, ids: string[]): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    'SELECT id FROM applied_mutations WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * Applies a batch in order, in one transaction. Each mutation is judged on its own: an id applied
 * before is `duplicate` and changes nothing; a reference to an intent or bucket that does not
 * exist, or a `url` off the ticket's own tracker (./ticket-url-host.ts), is `rejected` and the rest
 * still apply. Only applied ids are remembered, so a rejected
 * mutation retried after its intent appears can still apply.
 * `linkedBy` is the token's user and `linkedAt` the server's clock: neither is the client's to say.
 */
export async function applyMutations(
  store: Store,
  batch: MutationBatch,
  userName: string,
): Promise<MutationResult[]> {
  return store.transaction(async (tx) => {
    await lockWriters(tx);
    const seen = await seenIds(tx, [...new Set(batch.mutations.map((m) => m.id))]);
    const live = await liveKeys(tx, referencedKeys(batch.mutations));
    const now = new Date().toISOString();
    const results: MutationResult[] = [];
    const writes: EntityWrite[] = [];
    const applied: string[] = [];

    for (const mutation of batch.mutations) {
      if (seen.has(mutation.id)) {
        results.push({ id: mutation.id, status: 'duplicate' });
        continue;
      }
      const linkKey = entityKey('link', mutation.args.ticketId);
      if (mutation.type === 'link.set') {
        const { intentId, bucketId, ticketId, url } = mutation.args;
        const refused =
          (url === undefined ? null : whyUrlIsNotTicketHost(ticketId, url)) ??
          (intentId !== undefined && !live.has(entityKey('intent', intentId))
            ? `Unknown intent "${intentId}"`
            : bucketId !== undefined && !live.has(entityKey('bucket', bucketId))
              ? `Unknown bucket "${bucketId}"`
              : null);
        if (refused !== null) {
          results.push({ id: mutation.id, status: 'rejected', error: refused });
          continue;
        }
        const data = { ...mutation.args, linkedBy: userName, linkedAt: now };
        writes.push({ type: 'link', id: mutation.args.ticketId, data, deleted: false });
        live.add(linkKey);
      } else if (live.has(linkKey)) {
        writes.push({ type: 'link', id: mutation.args.ticketId, data: {}, deleted: true });
        live.delete(linkKey);
      } // clearing a link that does not exist is already done: applied, nothing written
      results.push({ id: mutation.id, status: 'applied' });
      seen.add(mutation.id);
      applied.push(mutation.id);
    }

    await writeEntities(tx, writes);
    if (applied.length > 0)
      await tx.query(
        `INSERT INTO applied_mutations (id, client_id)
         SELECT unnest($1::text[]), $2`,
        [applied, batch.clientId],
      );
    return results;
  });
}
