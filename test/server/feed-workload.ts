import { ADMIN_TOKEN, type TestServer } from './harness';

/** A small deterministic PRNG, so a failing run can be replayed exactly. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTENTS = 12;

/**
 * Context file number `variant`: each variant leaves out a different quarter of the intents (and
 * the file's links to them) and retitles the rest, so that consecutive imports create, update and
 * delete entities of every kind.
 */
export function contextFile(variant: number): string {
  const present = (k: number) => k % 4 !== variant % 4;
  const intents = Array.from({ length: INTENTS }, (_, k) => k)
    .filter(present)
    .map((k) => ({ id: `i${k}`, title: `Intent ${k} v${variant % 3}`, bucket: 'b1' }));
  return JSON.stringify({
    workspace: 'Concurrency',
    buckets: [
      { id: 'b1', name: 'Bucket one' },
      ...(variant % 2 === 0 ? [{ id: 'b2', name: 'Bucket two' }] : []),
    ],
    missions: [{ id: 'm1', title: 'Mission', goals: [{ id: 'g1', title: 'Goal', intents }] }],
    links: Array.from({ length: 20 }, (_, n) => n)
      .filter((n) => present(n % INTENTS))
      .map((n) => ({ ticket: `jira:acme.atlassian.net/FILE-${n + 1}`, intent: `i${n % INTENTS}` })),
  });
}

function mutationBatch(random: () => number): unknown[] {
  return Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
    const ticketId = `linear:acme/ENG-${1 + Math.floor(random() * 30)}`;
    const id = crypto.randomUUID();
    if (random() < 0.25) return { id, type: 'link.clear', args: { ticketId } };
    // Intents come and go with the imports, and b2 with odd variants: some of these are rejected.
    const args =
      random() < 0.8
        ? { ticketId, intentId: `i${Math.floor(random() * INTENTS)}` }
        : { ticketId, bucketId: random() < 0.5 ? 'b1' : 'b2' };
    return { id, type: 'link.set', args };
  });
}

/**
 * Starts `imports` imports and `batches` mutation batches all at once, spread over `servers`
 * (several apps on one database stand for several server processes). Resolves when all have
 * answered; throws if any answered other than 200.
 */
export async function runConcurrentWriters(
  servers: readonly TestServer[],
  options: { imports: number; batches: number; seed: number },
): Promise<void> {
  const random = prng(options.seed);
  const pick = () => servers[Math.floor(random() * servers.length)] as TestServer;
  const writes: Promise<Response>[] = [];
  for (let i = 0; i < options.imports + options.batches; i++) {
    const server = pick();
    // Imports interleaved among the batches, not all at the start.
    const isImport = i % Math.ceil((options.imports + options.batches) / options.imports) === 0;
    writes.push(
      isImport
        ? server.post('/v1/import', contextFile(i), { token: ADMIN_TOKEN })
        : server.post(
            '/v1/mutations',
            { clientId: `client-${i % 4}`, mutations: mutationBatch(random) },
            { token: server.memberToken },
          ),
    );
  }
  const statuses = await Promise.all(writes.map(async (w) => (await w).status));
  const failed = statuses.filter((status) => status !== 200);
  if (failed.length > 0) throw new Error(`Writes answered ${failed.join(', ')}`);
}
