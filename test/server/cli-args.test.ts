import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../server/cli/args';

describe('server CLI arguments', () => {
  it('starts the server with no command, on PORT or 8787', () => {
    expect(parseCliArgs([])).toMatchObject({ kind: 'start', port: 8787 });
    expect(parseCliArgs([], { PORT: '9000' })).toMatchObject({ kind: 'start', port: 9000 });
    expect(parseCliArgs(['start', '--port', '0', '--seed', 'demo.yaml'])).toMatchObject({
      kind: 'start',
      port: 0,
      seedFile: 'demo.yaml',
    });
  });

  it('reads import, token create and token revoke', () => {
    expect(parseCliArgs(['import', 'acme.yaml', '--data-dir', '/tmp/d'])).toEqual({
      kind: 'import',
      file: 'acme.yaml',
      dryRun: false,
      dataDir: '/tmp/d',
    });
    expect(parseCliArgs(['import', 'acme.yaml', '--dry-run'])).toMatchObject({
      kind: 'import',
      dryRun: true,
    });
    expect(parseCliArgs(['no-fit', '--data-dir', '/tmp/d'])).toEqual({
      kind: 'no-fit',
      dataDir: '/tmp/d',
    });
    expect(parseCliArgs(['token', 'create', '--name', 'ci', '--admin'])).toMatchObject({
      kind: 'token-create',
      name: 'ci',
      admin: true,
    });
    expect(
      parseCliArgs(['token', 'create', '--name', 'bob-laptop', '--user', 'bob']),
    ).toMatchObject({
      kind: 'token-create',
      userName: 'bob',
      admin: false,
    });
    expect(parseCliArgs(['token', 'revoke', '--name', 'ci'])).toMatchObject({
      kind: 'token-revoke',
      name: 'ci',
    });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('explains what is wrong with bad arguments', () => {
    const bad = (argv: string[]) => {
      const command = parseCliArgs(argv);
      return command.kind === 'bad-args' ? command.message : `parsed as ${command.kind}`;
    };
    expect(bad(['frobnicate'])).toMatch(/Unknown command "frobnicate"/);
    expect(bad(['import'])).toMatch(/exactly one FILE/);
    expect(bad(['token', 'create'])).toMatch(/--name/);
    expect(bad(['token', 'revoke', '--name', 'x', '--admin'])).toMatch(/does not take --admin/);
    expect(bad(['--port', 'http'])).toMatch(/port/);
    expect(bad(['--bogus'])).toMatch(/bogus/);
    expect(bad(['no-fit', 'extra'])).toMatch(/Unexpected "extra"/);
    expect(bad(['no-fit', '--dry-run'])).toMatch(/does not take --dry-run/);
    expect(bad(['token', 'create', '--name', 'x', '--dry-run'])).toMatch(/does not take --dry-run/);
  });
});
