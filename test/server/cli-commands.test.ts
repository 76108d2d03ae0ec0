import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runImport,
  runTokenCreate,
  runTokenRevoke,
  type CliOutput,
} from '../../server/cli/commands';
import { migrate } from '../../server/migrate';
import { verifyToken } from '../../server/tokens';
import { DEMO_YAML, openTestServer, TEST_STORES, type TestServer } from './harness';

function capture(): CliOutput & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (line) => out_.push(line), err: (line) => err_.push(line) };
}

describe.each(TEST_STORES)('server CLI commands on $name', (kind) => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await openTestServer(kind);
    dir = await mkdtemp(join(tmpdir(), 'throughline-cli-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a file and prints the counts', async () => {
    const file = join(dir, 'demo.yaml');
    await writeFile(file, DEMO_YAML);
    const io = capture();
    expect(await runImport(server.store, file, io)).toBe(0);
    expect(io.out_.join('\n')).toMatch(
      /^Imported "Acme": \d+ created, 0 updated, 0 deleted, 0 unchanged$/,
    );
  });

  it('prints each problem with its path and line and exits 1', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(file, 'workspace: Acme\nbuckets:\n  - id: b\n    share: 2\n');
    const io = capture();
    expect(await runImport(server.store, file, io)).toBe(1);
    expect(io.err_.join('\n')).toMatch(/buckets\[0\]\S* \(line 3\)/);
  });

  it('creates a token that works, prints it once, and revokes it by name', async () => {
    const io = capture();
    expect(await runTokenCreate(server.store, { name: 'ci', admin: true }, io)).toBe(0);
    const token = io.out_[0] ?? '';
    expect(token).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);
    expect(await verifyToken(server.store, token)).toMatchObject({ userName: 'ci', admin: true });
    expect(await runTokenCreate(server.store, { name: 'ci', admin: false }, capture())).toBe(1);
    expect(await runTokenRevoke(server.store, 'ci', capture())).toBe(0);
    expect(await verifyToken(server.store, token)).toBeNull();
    expect(await runTokenRevoke(server.store, 'ci', capture())).toBe(1);
  });

  it('stores tokens only as hashes', async () => {
    const io = capture();
    await runTokenCreate(server.store, { name: 'hashed', admin: false }, io);
    const rows = await server.store.query<{ hash: string }>(
      "SELECT hash FROM tokens WHERE name = 'hashed'",
    );
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.hash).not.toContain(io.out_[0]);
  });

  it('applies migrations only once', async () => {
    expect(await migrate(server.store)).toEqual([]);
  });
});
