import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app';
import { importContextText } from '../server/import/apply';
import { openServerStore, type OpenStoreOptions } from '../server/open-store';
import { createToken } from '../server/tokens';
import type { BenchRow } from './row';
import { stateDigest, type LoadOutcome, type LoadPlan } from './sync-load-clients';

/*
 * DESIGN.md's load budget: 1,000 clients polling for deltas while 20 write tags, one server
 * process, over loopback HTTP with the server's own limits on (rate limit, in-flight limit). Each
 * client has a token of its own and polls every 10 s (the extension's shortest interval is a
 * minute, so this is 6 times the worst real load); each writer sets a tag every second. The
 * clients run in a child process. The audit: after the writers stop, every client reads to the
 * end of the feed, and the state it replayed from its deltas must equal the server's, with no
 * change received twice or out of order.
 */

const ADMIN = 'bench-load-admin-token-of-32-characters';
const POLLERS = 1000;
const WRITERS = 20;
const INTENTS = Array.from({ length: 10 }, (_, i) => `i${i}`);
const PLAN = { durationMs: 30_000, pollPeriodMs: 10_000, writePeriodMs: 1_000, tickets: 2_000 };

const SEED = `workspace: Load
missions:
  - id: m1
    title: Mission
    goals:
      - id: g1
        title: Goal
        intents: [${INTENTS.map((id) => `{ id: ${id}, title: Intent ${id} }`).join(', ')}]
`;

interface Page {
  cursor: string;
  more: boolean;
  changes: { type: string; id: string; version: number }[];
}

async function readToEnd(
  url: string,
  cursor = '',
): Promise<{ cursor: string; state: Map<string, number> }> {
  const state = new Map<string, number>();
  for (;;) {
    const response = await fetch(`${url}/v1/sync?limit=5000&cursor=${cursor}`, {
      headers: { Authorization: `Bearer ${ADMIN}` },
    });
    const page = (await response.json()) as Page;
    for (const change of page.changes) state.set(`${change.type}:${change.id}`, change.version);
    cursor = page.cursor;
    if (!page.more) return { cursor, state };
  }
}

function runClients(plan: LoadPlan): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'sync-load-clients.ts')],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench: the load clients exited with ${code}`));
      resolve(JSON.parse(out) as LoadOutcome);
    });
    child.stdin.end(JSON.stringify(plan));
  });
}

/** The load run on one engine; the rows name it by `label`. */
export async function benchSyncLoad(
  label: string,
  options: OpenStoreOptions,
  plan: typeof PLAN = PLAN,
): Promise<BenchRow[]> {
  const store = await openServerStore({ ...options, bootstrapToken: ADMIN });
  const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const app = createApp({ store, logError: console.error });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(server),
    );
  });
  try {
    const seeded = await importContextText(store, SEED);
    if (!seeded.ok) throw new Error('bench: the load seed did not import');
    const tokens = async (prefix: string, count: number) => {
      const made: string[] = [];
      for (let i = 0; i < count; i++)
        made.push(await createToken(store, { name: `${prefix}-${i}` }));
      return made;
    };
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const start = await readToEnd(url); // every client has bootstrapped before the run
    const outcome = await runClients({
      url,
      pollerTokens: await tokens('poller', POLLERS),
      writerTokens: await tokens('writer', WRITERS),
      startCursor: start.cursor,
      intents: INTENTS,
      ...plan,
    });
    // What every client should hold: each entity changed since its start, at its last version.
    const expected = stateDigest((await readToEnd(url, start.cursor)).state);
    const exact = outcome.pollers.filter((p) => p.digest === expected && p.repeated === 0).length;
    const name = `server ${label}: ${POLLERS} clients polling /v1/sync every ${plan.pollPeriodMs / 1000} s while ${WRITERS} write`;
    return [
      // The floor: GET /healthz meanwhile, which does no database work.
      {
        name: `${name}, poll p50`,
        value: outcome.polls.p50,
        unit: 'ms',
        floor: outcome.health.p50,
      },
      {
        name: `${name}, poll p99`,
        value: outcome.polls.p99,
        unit: 'ms',
        floor: outcome.health.p99,
        ...(label === 'PostgreSQL' ? { budget: 100 } : {}),
      },
      { name: `${name}, write p99`, value: outcome.writes.p99, unit: 'ms' },
      {
        name: `${name}, errors of ${outcome.polls.count} polls + ${outcome.writes.count} writes`,
        value: outcome.polls.errors + outcome.writes.errors,
        unit: 'errors',
        budget: 0,
      },
      {
        name: `${name}, clients that missed or repeated one of ${outcome.writes.applied} tags`,
        value: POLLERS - exact,
        unit: 'clients',
        budget: 0,
      },
    ];
  } finally {
    if ('closeAllConnections' in http) http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL;
  console.table(
    await benchSyncLoad(
      url ? 'PostgreSQL' : 'PGlite',
      url ? { databaseUrl: url } : { dataDir: 'memory' },
    ),
  );
}
