import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { importContextText } from './import/apply';
import { describeProblems } from './import/problems';
import { openServerStore } from './open-store';

export interface ServerOptions {
  /** 0 picks a free port; default 8787. */
  port?: number;
  /** A directory, or 'memory'; default THROUGHLINE_DATA_DIR, then .throughline/data. */
  dataDir?: string;
  /** Made a valid admin token at start; default THROUGHLINE_BOOTSTRAP_TOKEN. */
  bootstrapToken?: string;
  /** A context file (YAML or JSON) imported at start. */
  seedFile?: string;
  /** Default 127.0.0.1: the reference server is not meant to face a network unprotected. */
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
/** How long close() waits for in-flight requests before cutting their connections. */
const CLOSE_GRACE_MS = 5000;

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store = await openServerStore(options);
  try {
    if (options.seedFile !== undefined) {
      const outcome = await importContextText(store, await readFile(options.seedFile, 'utf8'));
      if (!outcome.ok)
        throw new Error(`${options.seedFile} has problems: ${describeProblems(outcome.problems)}`);
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({ store });
  const host = options.host ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve(
        { fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  ).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        // Node closes idle keep-alive connections on close(); busy ones get a grace period.
        const force = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
      });
      await store.close();
    })();
    return closing;
  };
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${urlHost}:${port}`, port, close };
}
