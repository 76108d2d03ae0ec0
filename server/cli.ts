import { parseCliArgs, USAGE, type CliCommand } from './cli/args';
import { runImport, runTokenCreate, runTokenRevoke, type CliOutput } from './cli/commands';
import { runNoFit } from './cli/no-fit';
import { openServerStore } from './open-store';
import { startServer } from './start';

const io: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function start(command: Extract<CliCommand, { kind: 'start' }>): Promise<void> {
  const server = await startServer(command);
  io.out(`Throughline context API listening on ${server.url}`);
  const stop = () => {
    io.err('Stopping…');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        io.err(String(error));
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** One-shot commands on the data directory; returns the exit code. */
async function runOnStore(
  command: Extract<CliCommand, { kind: 'import' | 'no-fit' | 'token-create' | 'token-revoke' }>,
): Promise<number> {
  const store = await openServerStore({ dataDir: command.dataDir });
  try {
    if (command.kind === 'import')
      return await runImport(store, command.file, io, { dryRun: command.dryRun });
    if (command.kind === 'no-fit') return await runNoFit(store, io);
    if (command.kind === 'token-create') return await runTokenCreate(store, command, io);
    return await runTokenRevoke(store, command.name, io);
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const command = parseCliArgs(argv, process.env);
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return;
    case 'bad-args':
      io.err(`${command.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    case 'start':
      return start(command);
    default:
      process.exitCode = await runOnStore(command);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  io.err(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
