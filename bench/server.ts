import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { stringify } from 'yaml';
import { ContextFileSchema } from '../lib/schema/context-file';
import { createApp } from '../server/app';
import { importContextFile, importContextText } from '../server/import/apply';
import { openServerStore } from '../server/open-store';
import type { Store } from '../server/store/store';
import { decodeCursor } from '../server/sync/cursor';
import { readSyncPage } from '../server/sync/read-page';
import type { BenchRow } from './row';
import { benchSyncLoad } from './sync-load';

/*
 * The server's figures, on embedded PGlite and, when DATABASE_URL_BENCH (or DATABASE_URL) names
 * one, on PostgreSQL side by side. Each engine gets a fresh database: PGlite in memory, PostgreSQL
 * in a schema of its own that is dropped afterwards. Requests go through the whole app (auth,
 * rate limit off, JSON) in-process, without sockets.
 */

const TOKEN = 'bench-token-at-least-32-characters';
const AUTH = { headers: { Authorization: `Bearer ${TOKEN}` } };
const WARMUP = 10;
const ROUNDS = 51;
const BOOTSTRAP_LINKS = 100_000;
const BOOTSTRAP_ROUNDS = 3;

/** 10 buckets, 90 missions, 900 goals, 9000 intents: 10,000 entities, plus `links` links. */
function contextFile(links: number) {
  const buckets = Array.from({ length: 10 }, (_, b) => ({ id: `b${b}`, name: `Bucket ${b}` }));
  const missions = Array.from({ length: 90 }, (_, m) => ({
    id: `m${m}`,
    title: `Mission ${m}`,
    summary: 'Why this mission matters, in a sentence or two of ordinary length.',
    goals: Array.from({ length: 10 }, (_, g) => ({
      id: `m${m}-g${g}`,
      title: `Goal ${g} of mission ${m}`,
      timeframe: '2026-Q4',
      status: 'on_track',
      metric: { name: 'Activation', current: 0.38, target: 0.45, unit: 'ratio' },
      intents: Array.from({ length: 10 }, (_, i) => ({
        id: `m${m}-g${g}-i${i}`,
        title: `Intent ${i} of goal ${g}`,
        bucket: `b${(m + g + i) % 10}`,
      })),
    })),
  }));
  return {
    workspace: 'Bench',
    buckets,
    missions,
    links: Array.from({ length: links }, (_, n) => ({
      ticket: `jira:acme.atlassian.net/BEN-${n + 1}`,
      intent: `m${n % 90}-g${n % 10}-i${(n >> 4) % 10}`,
      title: `A ticket title of ordinary length, number ${n + 1}`,
    })),
  };
}

/** The 10k-entity file as product operations would keep it: block-style YAML. */
function tenThousandEntitiesYaml(): string {
  return stringify(contextFile(0));
}

async function medianMs(run: () => Promise<unknown>, warmup = WARMUP, rounds = ROUNDS) {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** Follows the feed from nothing to the end with the default page size; returns rows read. */
async function bootstrap(app: ReturnType<typeof createApp>): Promise<number> {
  let rows = 0;
  let cursor = '';
  for (;;) {
    const page = (await (await app.request(`/v1/sync?cursor=${cursor}`, AUTH)).json()) as {
      cursor: string;
      more: boolean;
      changes: unknown[];
    };
    rows += page.changes.length;
    cursor = page.cursor;
    if (!page.more) return rows;
  }
}

async function benchEngine(label: string, store: Store): Promise<BenchRow[]> {
  const app = createApp({ store, logError: console.error, rateLimitPerMinute: 0 });
  const json = JSON.stringify(contextFile(0));
  const yaml = tenThousandEntitiesYaml();
  const timed = async (text: string, format: 'yaml' | 'json', created: number) => {
    const start = performance.now();
    const outcome = await importContextText(store, text, format);
    if (!outcome.ok || outcome.result.created !== created) throw new Error('bench: import failed');
    return performance.now() - start;
  };
  const jsonMs = await timed(json, 'json', 10_000);
  await store.exec('DELETE FROM entities; UPDATE version_counter SET v = 0');
  const yamlMs = await timed(yaml, 'yaml', 10_000);
  const reimportMs = await timed(yaml, 'yaml', 0);

  const withLinks = ContextFileSchema.parse(contextFile(BOOTSTRAP_LINKS));
  await importContextFile(store, withLinks);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < BOOTSTRAP_ROUNDS; i++) {
    const start = performance.now();
    rows = await bootstrap(app);
    times.push(performance.now() - start);
  }
  if (rows !== BOOTSTRAP_LINKS + 10_000) throw new Error(`bench: bootstrap read ${rows} rows`);
  const bootstrapMs = times.sort((a, b) => a - b)[1] ?? NaN;

  // A page from the middle of the feed, as a client part-way through a bootstrap reads it.
  const { cursor } = (await (await app.request('/v1/sync?limit=5000', AUTH)).json()) as {
    cursor: string;
  };
  const page = () => app.request(`/v1/sync?limit=1000&cursor=${cursor}`, AUTH);
  const check = (await (await page()).json()) as { changes: unknown[] };
  if (check.changes.length !== 1000) throw new Error('bench: expected a page of 1000 changes');
  const pageMs = await medianMs(async () => (await page()).text());
  const from = decodeCursor(cursor);
  if (from === null) throw new Error('bench: the cursor does not decode');
  const floor = await medianMs(() => readSyncPage(store, from, 1000));

  return [
    {
      name: `server ${label}: GET /v1/sync page of 1000 changes (p50)`,
      value: pageMs,
      unit: 'ms',
      floor,
      ...(label === 'PGlite' ? { budget: 20 } : {}),
    },
    {
      name: `server ${label}: bootstrap of 100k links + 10k entities, pages of 1000`,
      value: rows / (bootstrapMs / 1000),
      unit: 'rows/s',
    },
    { name: `server ${label}: import of a 10k-entity file, YAML`, value: yamlMs, unit: 'ms' },
    { name: `server ${label}: import of a 10k-entity file, JSON`, value: jsonMs, unit: 'ms' },
    { name: `server ${label}: re-import of the YAML, unchanged`, value: reimportMs, unit: 'ms' },
  ];
}

/** A schema of its own on the bench PostgreSQL, dropped by the returned function. */
async function postgresSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `tl_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  const withPath = new URL(url);
  withPath.searchParams.set('options', `-c search_path=${schema}`);
  return { url: withPath.toString(), drop: () => admin(`DROP SCHEMA ${schema} CASCADE`) };
}

export async function benchServer(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const pglite = await openServerStore({ dataDir: 'memory', bootstrapToken: TOKEN });
  try {
    rows.push(...(await benchEngine('PGlite', pglite)));
  } finally {
    await pglite.close();
  }
  rows.push(...(await benchSyncLoad('PGlite', { dataDir: 'memory' })));

  const url = process.env.DATABASE_URL_BENCH ?? process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    console.log('server on PostgreSQL: skipped (set DATABASE_URL_BENCH or DATABASE_URL to run it)');
    return rows;
  }
  const schema = await postgresSchema(url);
  try {
    const store = await openServerStore({ databaseUrl: schema.url, bootstrapToken: TOKEN });
    try {
      rows.push(...(await benchEngine('PostgreSQL', store)));
    } finally {
      await store.close();
    }
  } finally {
    await schema.drop();
  }
  const loadSchema = await postgresSchema(url);
  try {
    rows.push(...(await benchSyncLoad('PostgreSQL', { databaseUrl: loadSchema.url })));
  } finally {
    await loadSchema.drop();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchServer());
