import { createApp } from '../server/app';
import { importContextText } from '../server/import/apply';
import { openServerStore } from '../server/open-store';
import { decodeCursor } from '../server/sync/cursor';
import { readSyncPage } from '../server/sync/read-page';
import type { BenchRow } from './row';

const LINKS = 20_000;
const WARMUP = 10;
const ROUNDS = 51;
const TOKEN = 'bench-token';

/** A context file of `links` links over a realistic tree, as JSON (the parser reads it fast). */
function contextFile(links: number): string {
  const intents = Array.from({ length: 200 }, (_, i) => ({
    id: `intent-${i}`,
    title: `Intent ${i}`,
    bucket: 'b',
  }));
  return JSON.stringify({
    workspace: 'Bench',
    buckets: [{ id: 'b', name: 'Bucket', color: '#4f46e5' }],
    missions: [{ id: 'm', title: 'Mission', goals: [{ id: 'g', title: 'Goal', intents }] }],
    links: Array.from({ length: links }, (_, i) => ({
      ticket: `jira:acme.atlassian.net/BEN-${i + 1}`,
      intent: `intent-${i % 200}`,
      title: `A ticket title of ordinary length, number ${i + 1}`,
    })),
  });
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * One GET /v1/sync page of 1000 changes on in-memory PGlite, through the whole app (auth, JSON),
 * against its floor: the page's database query alone. Budget (DESIGN.md): ≤ 20 ms p50.
 */
export async function benchServer(): Promise<BenchRow[]> {
  const store = await openServerStore({ dataDir: 'memory', bootstrapToken: TOKEN });
  try {
    const importStart = performance.now();
    const imported = await importContextText(store, contextFile(LINKS));
    const importMs = performance.now() - importStart;
    if (!imported.ok) throw new Error('benchServer: the generated context file is invalid');
    const app = createApp({ store });
    // A page from the middle of the feed, as a client part-way through a bootstrap reads it.
    const first = await app.request('/v1/sync?limit=5000', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const { cursor } = (await first.json()) as { cursor: string };

    const request = () =>
      app.request(`/v1/sync?limit=1000&cursor=${cursor}`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
    const check = (await (await request()).json()) as { changes: unknown[] };
    if (check.changes.length !== 1000) throw new Error('benchServer: expected 1000 changes');
    const page = await medianMs(async () => (await request()).text());
    const from = decodeCursor(cursor);
    if (from === null) throw new Error('benchServer: the cursor does not decode');
    const floor = await medianMs(() => readSyncPage(store, from, 1000));
    return [
      {
        name: `server: import of ${LINKS} links + 202 entities (PGlite)`,
        value: importMs,
        unit: 'ms',
      },
      {
        name: 'server: GET /v1/sync page of 1000 changes (PGlite, p50)',
        value: page,
        unit: 'ms',
        floor,
        budget: 20,
      },
    ];
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchServer());
