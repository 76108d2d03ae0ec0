import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Requests that did not come over a socket (app.request in tests and benches) share this. */
export const IN_PROCESS_ADDRESS = 'in-process';

/**
 * The peer address of the connection. Forwarding headers are not trusted: anyone can send them.
 * Behind a reverse proxy every client shares the proxy's address; limit failures there too.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? IN_PROCESS_ADDRESS;
  } catch {
    return IN_PROCESS_ADDRESS;
  }
}
