/**
 * `npm start`: builds the extension, starts the context API on the embedded database (seeded with
 * the demo context on first start) and prints what to do next.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PORT, startServer } from '../server/start';

const root = join(import.meta.dirname, '..');
const stateDir = join(root, '.throughline');
const dataDir = process.env.THROUGHLINE_DATA_DIR ?? join(stateDir, 'data');
const tokenFile = join(stateDir, 'dev-token');

console.log('Building the extension…');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root }).status !== 0) {
  console.error('The extension build failed; see the errors above.');
  process.exit(1);
}

mkdirSync(stateDir, { recursive: true });
// One token per checkout, kept across restarts so a pasted token keeps working.
const token =
  process.env.THROUGHLINE_BOOTSTRAP_TOKEN ??
  (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '');
const devToken = token || `tl_dev_${randomBytes(24).toString('base64url')}`;
if (!token) writeFileSync(tokenFile, `${devToken}\n`, { mode: 0o600 });

const postgres = process.env.DATABASE_URL;
// On PostgreSQL the demo context is imported only when asked (`npm run server -- import FILE`).
const firstStart = !postgres && !existsSync(dataDir);
console.log(firstStart ? 'Creating the database with the demo context…' : 'Opening the database…');
const port = Number(process.env.PORT ?? DEFAULT_PORT);
const server = await startServer({
  port,
  dataDir: postgres ? undefined : dataDir,
  bootstrapToken: devToken,
  seedFile: firstStart ? join(root, 'server', 'seed', 'demo.yaml') : undefined,
}).catch((error: unknown) => {
  // What a second `npm start` (or a server already on the port) meets: said plainly, no stack.
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
    console.error(
      `Port ${port} is already in use: is Throughline already running (npm start in another ` +
        `terminal)? Stop it, or start on another port: PORT=${port + 1} npm start`,
    );
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

console.log(`
Throughline is running.

  1. Load the extension: open chrome://extensions, turn on Developer mode,
     press "Load unpacked" and pick:
       ${join(root, '.output', 'chrome-mv3')}
  2. In the extension's options page (Details → Extension options) enter:
       API URL    ${server.url}
       API token  ${devToken}
     and press Connect.
  3. Open a ticket that the demo context knows, for example
       https://github.com/OctoLinker/testrepo/issues/2

The context API keeps its data in ${postgres ? 'the PostgreSQL at DATABASE_URL' : dataDir}.
To import your own context file while it runs, post it with the token above:
  curl -X POST ${server.url}/v1/import -H 'Authorization: Bearer ${devToken}' \\
       -H 'Content-Type: application/yaml' --data-binary @path/to/context.yaml
or stop it and run: npm run server -- import path/to/context.yaml
Press Ctrl+C to stop.
`);

const stop = () => {
  console.log('Stopping…');
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
