import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationFiles, readMigration } from '../../server/migrate';
import { pgliteStoreOf } from '../../server/store/pglite';
import type { Store } from '../../server/store/store';

// A database written before ids lost their ports (DESIGN.md "Ticket ids"), migrated to the
// current schema: each link moves to its port-free id through the feed, never duplicated.

const MIGRATION = '004_ticket_ids_without_ports.sql';

function link(id: string, version: number, intentId: string) {
  const data = { id, ticketId: id, intentId, linkedAt: '2026-11-01T10:00:00.000Z', version };
  return { id, version, data };
}

let db: PGlite;
let store: Store;

beforeAll(async () => {
  db = new PGlite();
  store = pgliteStoreOf(db);
  await store.exec(
    'CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz DEFAULT now())',
  );
  for (const name of (await migrationFiles()).filter((name) => name < MIGRATION)) {
    await store.exec(await readMigration(name));
    await store.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
  }
  const rows = [
    link('jira:jira.example.com:8443/PAY-1', 1, 'only-with-port'),
    link('jira:jira.example.com/PAY-2', 2, 'port-free-older'),
    link('jira:jira.example.com:8443/PAY-2', 3, 'with-port-newer'),
    link('github:ghe.example.com:8080/acme/app#3', 4, 'with-port-older'),
    link('github:ghe.example.com/acme/app#3', 5, 'port-free-newer'),
    link('linear:acme/ENG-4', 6, 'untouched'),
  ];
  for (const row of rows)
    await store.query(
      `INSERT INTO entities (type, id, data, version) VALUES ('link', $1, $2::jsonb, $3)`,
      [row.id, JSON.stringify(row.data), row.version],
    );
  await store.query('UPDATE version_counter SET v = 6');
  expect(await migrate(store)).toContain(MIGRATION);
}, 60_000);

afterAll(() => db.close());

const live = async () =>
  store.query<{ id: string; intent: string; ticket: string; version: number }>(
    `SELECT id, data->>'intentId' AS intent, data->>'ticketId' AS ticket, version
     FROM entities WHERE NOT deleted ORDER BY id`,
  );

describe('moving links to ids without ports', () => {
  it('keeps one link per ticket under its port-free id, the most recently written one', async () => {
    expect((await live()).map(({ id, intent, ticket }) => ({ id, intent, ticket }))).toEqual([
      {
        id: 'github:ghe.example.com/acme/app#3',
        intent: 'port-free-newer',
        ticket: 'github:ghe.example.com/acme/app#3',
      },
      {
        id: 'jira:jira.example.com/PAY-1',
        intent: 'only-with-port',
        ticket: 'jira:jira.example.com/PAY-1',
      },
      {
        id: 'jira:jira.example.com/PAY-2',
        intent: 'with-port-newer',
        ticket: 'jira:jira.example.com/PAY-2',
      },
      { id: 'linear:acme/ENG-4', intent: 'untouched', ticket: 'linear:acme/ENG-4' },
    ]);
  });

  it('tells clients through the feed: old ids become tombstones, moved links get new versions', async () => {
    const tombstones = await store.query<{ id: string; version: number }>(
      `SELECT id, version FROM entities WHERE deleted ORDER BY id`,
    );
    expect(tombstones.map((row) => row.id)).toEqual([
      'github:ghe.example.com:8080/acme/app#3',
      'jira:jira.example.com:8443/PAY-1',
      'jira:jira.example.com:8443/PAY-2',
    ]);
    for (const row of tombstones) expect(Number(row.version)).toBeGreaterThan(6);
    const moved = (await live()).filter(
      (row) => row.intent !== 'untouched' && row.intent !== 'port-free-newer',
    );
    for (const row of moved) expect(Number(row.version)).toBeGreaterThan(6);
    const [counter] = await store.query<{ v: number }>('SELECT v FROM version_counter');
    const [highest] = await store.query<{ v: number }>('SELECT max(version) AS v FROM entities');
    expect(Number(counter?.v)).toBe(Number(highest?.v));
  });

  it('writes each moved link whole, with its version inside its data as the feed serves it', async () => {
    const [row] = await store.query<{
      data: { version: number; updatedAt: string };
      version: number;
    }>(`SELECT data, version FROM entities WHERE id = 'jira:jira.example.com/PAY-1'`);
    expect(row?.data.version).toBe(Number(row?.version));
    expect(Date.parse(row?.data.updatedAt ?? '')).not.toBeNaN();
  });
});
