import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run server -- [command] [options]

Commands:
  (none) | start                 Start the context API (prints its URL)
      --port N                   default: $PORT, else 8787 (0 picks a free port)
      --host HOST                default: 127.0.0.1
      --seed FILE                import this context file at start
  import FILE                    Import a context file (YAML or JSON); prints the counts
      --dry-run                  only show what would change per type, and how many of the
                                 tickets the server knows each new or changed rule would catch
  no-fit                         List the tickets tagged "no intent fits", most recent first,
                                 with their note, who and when
  token create --name NAME [--user USER] [--admin]
                                 Create an API token and print it (it is shown only once)
  token revoke --name NAME       Revoke the live token of that name
  help                           Show this message

Common options:
  --data-dir DIR                 default: $THROUGHLINE_DATA_DIR, else .throughline/data ('memory' for none)

Environment:
  PORT                                  default port
  DATABASE_URL                          use this PostgreSQL instead of the embedded database
                                        (unless --data-dir is given); several servers may share it
  THROUGHLINE_DATA_DIR                  where the embedded database lives
  THROUGHLINE_BOOTSTRAP_TOKEN           made a valid admin token at start
  THROUGHLINE_RATE_LIMIT                requests per minute per token (default 1200; 0: no limit)
  THROUGHLINE_TOMBSTONE_RETENTION_DAYS  how long deletes stay in the sync feed (default 90)

With the embedded database, stop the server before running import or token commands on its data
directory: it has one owner at a time (or import over HTTP with POST /v1/import). With
DATABASE_URL they can run while servers are up.`;

export type CliCommand =
  | { kind: 'start'; port: number; host?: string; seedFile?: string; dataDir?: string }
  | { kind: 'import'; file: string; dryRun: boolean; dataDir?: string }
  | { kind: 'no-fit'; dataDir?: string }
  | { kind: 'token-create'; name: string; userName?: string; admin: boolean; dataDir?: string }
  | { kind: 'token-revoke'; name: string; dataDir?: string }
  | { kind: 'help' }
  | { kind: 'bad-args'; message: string };

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  name: { type: 'string' },
  user: { type: 'string' },
  admin: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

const ALLOWED: Record<string, readonly (keyof Values)[]> = {
  start: ['data-dir', 'port', 'host', 'seed'],
  import: ['data-dir', 'dry-run'],
  'no-fit': ['data-dir'],
  'token create': ['data-dir', 'name', 'user', 'admin'],
  'token revoke': ['data-dir', 'name'],
};

function parsePort(text: string | undefined): number | null {
  if (text === undefined) return 8787;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) return null;
  return Number(text);
}

/** Turns the command line into a command; pure, so every case is testable without a database. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { kind: 'bad-args', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help === true || positionals[0] === 'help') return { kind: 'help' };
  const [first = 'start', second, ...rest] = positionals;
  const name = first === 'token' && second !== undefined ? `token ${second}` : first;
  const allowed = ALLOWED[name];
  if (allowed === undefined)
    return { kind: 'bad-args', message: `Unknown command "${positionals.join(' ')}"` };
  const extra = Object.keys(values).filter((key) => !allowed.includes(key as keyof Values));
  if (extra.length > 0)
    return { kind: 'bad-args', message: `"${name}" does not take --${extra.join(', --')}` };
  const dataDir = values['data-dir'];

  switch (name) {
    case 'start': {
      if (second !== undefined) return { kind: 'bad-args', message: `Unexpected "${second}"` };
      const port = parsePort(values.port ?? env.PORT);
      if (port === null)
        return { kind: 'bad-args', message: 'The port must be a number from 0 to 65535' };
      return { kind: 'start', port, host: values.host, seedFile: values.seed, dataDir };
    }
    case 'import':
      if (second === undefined || rest.length > 0)
        return { kind: 'bad-args', message: 'import takes exactly one FILE' };
      return { kind: 'import', file: second, dryRun: values['dry-run'] === true, dataDir };
    case 'no-fit':
      if (second !== undefined) return { kind: 'bad-args', message: `Unexpected "${second}"` };
      return { kind: 'no-fit', dataDir };
    default: {
      if (rest.length > 0) return { kind: 'bad-args', message: `Unexpected "${rest.join(' ')}"` };
      if (values.name === undefined || values.name.trim() === '')
        return { kind: 'bad-args', message: `${name} needs --name NAME` };
      if (name === 'token revoke') return { kind: 'token-revoke', name: values.name, dataDir };
      return {
        kind: 'token-create',
        name: values.name,
        userName: values.user,
        admin: values.admin === true,
        dataDir,
      };
    }
  }
}
