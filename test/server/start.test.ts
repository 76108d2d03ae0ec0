import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeSchema } from '../../lib/schema/api';
import { startServer } from '../../server/start';
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
});
