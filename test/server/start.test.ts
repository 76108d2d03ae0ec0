import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeSchema } from '../../lib/schema/api';
import { openServerStore } from '../../server/open-store';
import { startServer } from '../../server/start';
import { DataDirInUseError } from '../../server/store/data-dir-lock';
import { seedPgliteDir } from './pglite-dump';

describe('startServer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'throughline-start-'));
    await seedPgliteDir(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves over real HTTP on a free port, seeded, and stops on close', async () => {
    const server = await startServer({
      port: 0,
      dataDir: dir,
      bootstrapToken: 'start-test-token-at-least-32-characters',
      seedFile: fileURLToPath(new URL('../../server/seed/demo.yaml', import.meta.url)),
    });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });
      const me = await fetch(`${server.url}/v1/me`, {
        headers: { Authorization: 'Bearer start-test-token-at-least-32-characters' },
      });
      expect(MeSchema.parse(await me.json()).workspace.name).toBe('Acme');
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('keeps its data directory to itself while it runs: a second opener (an import, another server) is refused, and may open it once it stopped', async () => {
    const server = await startServer({ port: 0, dataDir: dir });
    try {
      await expect(openServerStore({ dataDir: dir })).rejects.toThrow(DataDirInUseError);
      await expect(startServer({ port: 0, dataDir: dir })).rejects.toThrow(
        /open in another Throughline process .*POST \/v1\/import/,
      );
    } finally {
      await server.close();
    }
    const store = await openServerStore({ dataDir: dir });
    await store.close();
  }, 60_000);

  it('answers 408 and closes a connection that dribbles its headers past the headers timeout', async () => {
    const server = await startServer({
      port: 0,
      dataDir: 'memory',
      timeouts: { headersMs: 300, requestMs: 600 },
    });
    try {
      const socket = connect(server.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.write('POST /v1/mutations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
      await new Promise((resolve) => socket.on('close', resolve));
      expect(received).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await server.close();
    }
  }, 60_000); // opening PGlite takes seconds; Node's own headers timeout would be 60 s
});
