import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectThroughOptions,
  openTicket,
  screenshot,
  startWorld,
  type World,
} from './harness/world';

const GITHUB_ISSUE = 'https://github.com/OctoLinker/testrepo/issues/2';

// Connecting and the sidebar on every tracker are shared scenarios, run in Chromium and Firefox:
// shared/tickets-scenario.ts. What follows is the API failing, in Chromium.
describe('a context API that is down or answers garbage', () => {
  let world: World;
  let garbage: Server;
  beforeAll(async () => {
    world = await startWorld();
    // Answers /v1/me like a Throughline API (so connecting works), then garbage for the feed.
    garbage = createServer((request, response) => {
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('access-control-allow-headers', 'authorization, content-type');
      if (request.method === 'OPTIONS') return response.writeHead(204).end();
      if (request.url?.startsWith('/v1/me'))
        return response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            workspace: { id: 'w1', name: 'Broken' },
            user: { id: 'u1', name: 'Ana' },
          }),
        );
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body>Welcome to nginx!</body></html>');
    });
    await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await world?.close();
    garbage?.closeAllConnections();
    await new Promise((resolve) => garbage?.close(resolve));
  });

  it('shows "can\'t reach the context API" when the feed answers garbage', async () => {
    const port = (garbage.address() as AddressInfo).port;
    const options = await connectThroughOptions(world, `http://127.0.0.1:${port}`);
    await expect
      .poll(() => options.getByText('Connected to Broken').isVisible(), { timeout: 15_000 })
      .toBe(true);
    const { page, frame, errors } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByRole('alert', { name: "Can't reach the context API" }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await screenshot(page, 'github-issue-api-garbage');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "can\'t reach the context API" when the server is down', async () => {
    const options = await connectThroughOptions(world);
    await expect
      .poll(() => options.getByText('Connected to Acme').isVisible(), { timeout: 15_000 })
      .toBe(true);
    // Connecting starts the first sync; the server goes down only once that sync has finished.
    await expect
      .poll(() => options.getByText('just now', { exact: false }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await world.api.close();
    await options.getByRole('button', { name: 'Sync now' }).click();
    const { page, frame, errors } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByRole('alert', { name: "Can't reach the context API" }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    // What was synced before stays visible under the warning. The warning can come first: the
    // frame now loads while the worker issues its token, and asks for the context once it has it.
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await screenshot(page, 'github-issue-api-down');
    expect(errors).toEqual([]);
    await page.close();
  });
});
