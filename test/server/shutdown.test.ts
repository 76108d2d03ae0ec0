import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportResultSchema } from '../../lib/schema/api';
import { startServer, type RunningServer, type ServerOptions } from '../../server/start';
import { ADMIN_TOKEN, type ChangeJson } from './harness';
import { seedPgliteDir } from './pglite-dump';
import { createTestSchema, POSTGRES } from './stores';

interface Location {
  name: string;
  options: Pick<ServerOptions, 'dataDir' | 'databaseUrl'>;
  remove(): Promise<void>;
}

/** Where a server keeps its data across restarts: a PGlite directory, or a PostgreSQL schema. */
const LOCATIONS: { name: string; create(): Promise<Location> }[] = [
  {
    name: 'a PGlite directory',
    create: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'throughline-shutdown-'));
      await seedPgliteDir(dir);
      const remove = () => rm(dir, { recursive: true, force: true });
      return { name: 'PGlite', options: { dataDir: dir }, remove };
    },
  },
  ...(POSTGRES === undefined
    ? []
    : [
        {
          name: 'PostgreSQL',
          create: async () => {
            const schema = await createTestSchema();
            return {
              name: 'PostgreSQL',
              options: { databaseUrl: schema.url },
              remove: schema.drop,
            };
          },
        },
      ]),
];

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

function contextFile(links: number, withDoomed: boolean): string {
  return JSON.stringify({
    workspace: 'Shutdown',
    missions: [
      {
        id: 'm1',
        title: 'Mission',
        goals: [
          {
            id: 'g1',
            title: 'Goal',
            intents: [
              { id: 'i1', title: 'One' },
              ...(withDoomed ? [{ id: 'doomed', title: 'D' }] : []),
            ],
          },
        ],
      },
    ],
    links: Array.from({ length: links }, (_, n) => ({
      ticket: `jira:acme.atlassian.net/DUR-${n + 1}`,
      intent: 'i1',
    })),
  });
}

async function syncFrom(url: string, cursor?: string) {
  const query = cursor === undefined ? '?limit=5000' : `?limit=5000&cursor=${cursor}`;
  const response = await fetch(`${url}/v1/sync${query}`, { headers: auth });
  const body = response.ok
    ? ((await response.json()) as { cursor: string; changes: ChangeJson[] })
    : null;
  return { status: response.status, body };
}

describe.each(LOCATIONS)('shutdown and restart on $name', ({ create }) => {
  let location: Location;
  let server: RunningServer;
  let cursor = '';
  const start = (options: Partial<ServerOptions> = {}) =>
    startServer({ port: 0, bootstrapToken: ADMIN_TOKEN, ...location.options, ...options });

  // Starting on new data takes seconds: done here, outside the tests' time limit.
  beforeAll(async () => {
    location = await create();
    server = await start();
    const first = await fetch(`${server.url}/v1/import`, {
      method: 'POST',
      headers: auth,
      body: contextFile(1, true),
    });
    expect(first.status).toBe(200);
    cursor = (await syncFrom(server.url)).body?.cursor ?? '';
  });
  afterAll(async () => {
    await server.close();
    await location.remove();
  });

  it('finishes a write that was still arriving when close() was called, and it survives the restart', async () => {
    // Send the headers and half the body, close the server, then send the rest.
    const text = new TextEncoder().encode(contextFile(500, false));
    const half = Math.floor(text.length / 2);
    let sendRest: () => void = () => {};
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    let started: () => void = () => {};
    const bodyStarted = new Promise<void>((resolve) => (started = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(text.slice(0, half));
        started();
        await rest;
        controller.enqueue(text.slice(half));
        controller.close();
      },
    });
    const write = fetch(`${server.url}/v1/import`, {
      method: 'POST',
      headers: auth,
      body,
      duplex: 'half',
    } as RequestInit);
    await bodyStarted;
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server, in this process, reads the headers
    const closed = server.close();
    sendRest();
    const response = await write;
    expect(response.status).toBe(200);
    expect(ImportResultSchema.parse(await response.json())).toMatchObject({
      created: 499,
      deleted: 1,
    });
    await closed;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    const again = await start();
    try {
      const { body: page } = await syncFrom(again.url, cursor);
      const links = page?.changes.filter((c) => c.type === 'link' && c.op === 'put') ?? [];
      expect(links).toHaveLength(499);
      // The delete is still in the feed: the default retention keeps it for 90 days.
      expect(page?.changes).toContainEqual(expect.objectContaining({ op: 'delete', id: 'doomed' }));
    } finally {
      await again.close();
    }
  });

  it('prunes deletes older than the configured retention when it starts', async () => {
    const server = await start({ tombstoneRetentionMs: 0 });
    try {
      expect((await syncFrom(server.url, cursor)).status).toBe(410);
      const fresh = await syncFrom(server.url);
      expect(fresh.body?.changes).toHaveLength(503);
    } finally {
      await server.close();
    }
  });
});
