import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type CliOutput } from '../../server/cli/commands';
import { runNoFit } from '../../server/cli/no-fit';
import {
  headVersion,
  importYaml,
  openTestServer,
  syncAll,
  TEST_STORES,
  type TestServer,
} from './harness';

function capture(): CliOutput & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return { out_, err_, out: (line) => out_.push(line), err: (line) => err_.push(line) };
}

const BASE = `workspace: Acme
buckets:
  - { id: ktlo, name: Keep the lights on }
missions:
  - id: m1
    title: Mission one
    goals:
      - id: g1
        title: Goal one
        intents:
          - { id: pay, title: Payments }
rules:
  - id: old
    name: Old rule
    when: { tracker: linear }
    bucket: ktlo
`;
const WITH_NEW_RULES = `${BASE.replace('name: Old rule', 'name: Old rule, renamed')}  - id: billing
    name: Billing repo serves payments
    when: { tracker: github, project: acme/billing }
    intent: pay
  - id: incidents
    name: Incidents keep the lights on
    when: { titleHas: [incident] }
    bucket: ktlo
`.replace('workspace: Acme', 'workspace: Acme Corp');

describe.each(TEST_STORES)('server CLI no-fit and import --dry-run on $name', (kind) => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await openTestServer(kind);
    dir = await mkdtemp(join(tmpdir(), 'throughline-cli-coverage-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await server.reset();
    expect((await importYaml(server, BASE)).status).toBe(200);
  });

  async function setLink(ticketId: string, args: Record<string, unknown>) {
    const response = await server.post(
      '/v1/mutations',
      {
        clientId: 'c',
        mutations: [{ id: crypto.randomUUID(), type: 'link.set', args: { ticketId, ...args } }],
      },
      { token: server.memberToken },
    );
    expect(await response.json()).toMatchObject({ results: [{ status: 'applied' }] });
  }

  it('lists no-fit tickets most recent first, with note, who and when, and skips tagged ones', async () => {
    await setLink('linear:acme/ENG-9', {
      noFit: true,
      note: 'Vendor migration',
      title: 'Move to S3',
    });
    await setLink('jira:acme.atlassian.net/PAY-1', { intentId: 'pay' });
    await setLink('github:github.com/acme/app#4', { noFit: true });
    const io = capture();
    expect(await runNoFit(server.store, io)).toBe(0);
    expect(io.out_[0]).toBe('2 tickets tagged "no intent fits", most recent first:');
    expect(io.out_.slice(1)).toEqual([
      expect.stringMatching(
        /^ {2}\d{4}-\d\d-\d\dT\S+ {2}alice {2}github:github\.com\/acme\/app#4$/,
      ),
      '      (no note)',
      expect.stringMatching(
        /^ {2}\d{4}-\d\d-\d\dT\S+ {2}alice {2}linear:acme\/ENG-9 "Move to S3"$/,
      ),
      '      Vendor migration',
    ]);
  });

  it('stops listing a ticket once it is tagged with an intent', async () => {
    await setLink('linear:acme/ENG-9', { noFit: true });
    await setLink('linear:acme/ENG-9', { intentId: 'pay' });
    const io = capture();
    expect(await runNoFit(server.store, io)).toBe(0);
    expect(io.out_).toEqual(['No ticket is tagged "no intent fits".']);
  });

  it('shows what an import would change, per type and per new or changed rule, and writes nothing', async () => {
    await setLink('github:github.com/acme/billing#1', { intentId: 'pay', title: 'Retry webhooks' });
    await setLink('github:github.com/acme/billing#2', {
      bucketId: 'ktlo',
      title: 'Incident: 500s',
    });
    await setLink('jira:acme.atlassian.net/PAY-3', { intentId: 'pay', title: 'Incident review' });
    await setLink('linear:acme/ENG-4', { bucketId: 'ktlo' });
    const file = join(dir, 'next.yaml');
    await writeFile(file, WITH_NEW_RULES);
    const before = await headVersion(server.store);
    const { cursor } = await syncAll(server);

    const io = capture();
    expect(await runImport(server.store, file, io, { dryRun: true })).toBe(0);
    expect(io.err_).toEqual([]);
    expect(io.out_).toEqual([
      'Dry run: nothing was changed. Importing "Acme Corp" would change:',
      '  workspace: renamed from "Acme" to "Acme Corp"',
      '  bucket: 0 created, 0 updated, 0 deleted, 1 unchanged',
      '  mission: 0 created, 0 updated, 0 deleted, 1 unchanged',
      '  goal: 0 created, 0 updated, 0 deleted, 1 unchanged',
      '  intent: 0 created, 0 updated, 0 deleted, 1 unchanged',
      '  link: 0 created, 0 updated, 0 deleted, 0 unchanged',
      '  rule: 2 created, 1 updated, 0 deleted, 0 unchanged',
      'New or changed rules, and how many of the 4 tickets the server knows each would catch:',
      '  updated rule old "Old rule, renamed": 1 ticket',
      '  created rule billing "Billing repo serves payments": 2 tickets',
      '  created rule incidents "Incidents keep the lights on": 2 tickets',
    ]);
    expect(await headVersion(server.store)).toBe(before);
    expect((await syncAll(server, { cursor })).changes).toEqual([]);
  });

  it('counts deleted rules in a dry run and leaves them in place', async () => {
    const file = join(dir, 'no-rules.yaml');
    await writeFile(file, BASE.replace(/rules:[\s\S]*/, ''));
    const io = capture();
    expect(await runImport(server.store, file, io, { dryRun: true })).toBe(0);
    expect(io.out_).toContain('  rule: 0 created, 0 updated, 1 deleted, 0 unchanged');
    expect(io.out_.some((line) => line.startsWith('New or changed rules'))).toBe(false);
    const rules = (await syncAll(server)).changes.filter((c) => c.type === 'rule');
    expect(rules).toMatchObject([{ id: 'old', op: 'put' }]);
  });

  it('refuses a bad file in a dry run with its problems, as an import does', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, BASE.replace('{ tracker: linear }', '{ tracker: redmine }'));
    const io = capture();
    expect(await runImport(server.store, file, io, { dryRun: true })).toBe(1);
    expect(io.err_.join('\n')).toMatch(/rules\[0\]\.when\.tracker \(line \d+\)/);
  });
});
