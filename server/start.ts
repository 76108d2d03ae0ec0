import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { importContextText } from './import/apply';
import { describeProblems } from './import/problems';
import { openServerStore, type OpenStoreOptions } from './open-store';
import { settingsFromEnv } from './settings';
import { startPruning } from './sync/prune';

export interface ServerOptions extends OpenStoreOptions {
  /** 0 picks a free port; default 8787. */
  port?: number;
  /** A context file (YAML or JSON) imported at start. */
  seedFile?: string;
  /** Default 127.0.0.1: the reference server is not meant to face a network unprotected. */
  host?: string;
  /** Requests per minute per token; default THROUGHLINE_RATE_LIMIT, else 1200. 0: no limit. */
  rateLimitPerMinute?: number;
  /** How long deletes stay in the feed; default THROUGHLINE_TOMBSTONE_RETENTION_DAYS, else 90 days. */
  tombstoneRetentionMs?: number;
  logError?: (error: unknown) => void;
  /** How long a client may take to send its headers, and its whole request; see DEFAULT_TIMEOUTS. */
  timeouts?: { headersMs: number; requestMs: number };
}

/**
 * A connection that dribbles its request in holds a socket and, for a body, up to its route's
 * limit in memory. Node's defaults (60 s for headers, 300 s for a request, checked every 30 s)
 * let a slow client hold them for minutes; a 5 MB import over a slow link still fits in 120 s.
 */
export const DEFAULT_TIMEOUTS = { headersMs: 20_000, requestMs: 120_000 };

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets in-flight requests finish (cutting them after a grace
   * period), waits for the database work they started, then closes the database. A write whose
   * 200 was sent is committed before that, so it survives the shutdown.
   */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
/** How long close() waits for in-flight requests before cutting their connections. */
const CLOSE_GRACE_MS = 5000;

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const settings = settingsFromEnv();
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const store = await openServerStore(options);
  let stopPruning = () => {};
  try {
    if (options.seedFile !== undefined) {
      const outcome = await importContextText(store, await readFile(options.seedFile, 'utf8'));
      if (!outcome.ok)
        throw new Error(`${options.seedFile} has problems: ${describeProblems(outcome.problems)}`);
    }
    stopPruning = await startPruning(
      store,
      options.tombstoneRetentionMs ?? settings.tombstoneRetentionMs,
      logError,
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    store,
    logError,
    rateLimitPerMinute: options.rateLimitPerMinute ?? settings.rateLimitPerMinute,
  });
  const host = options.host ?? '127.0.0.1';
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve(
        {
          fetch: app.fetch,
          port: options.port ?? DEFAULT_PORT,
          hostname: host,
          serverOptions: {
            headersTimeout: timeouts.headersMs,
            requestTimeout: timeouts.requestMs,
            connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
          },
        },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  ).catch(async (error: unknown) => {
    stopPruning();
    await store.close();
    throw error;
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      stopPruning();
      await new Promise<void>((resolve) => {
        // Node closes the idle keep-alive connections once, on close(). A connection busy then
        // goes idle when its response is sent, and would linger until its keep-alive timeout:
        // close those as they free up. Requests still running after the grace period are cut.
        const idle = setInterval(() => {
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        }, 50);
        const force = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, CLOSE_GRACE_MS);
        server.close(() => {
          clearInterval(idle);
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
