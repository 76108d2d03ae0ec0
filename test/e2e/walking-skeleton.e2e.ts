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
const JIRA_ISSUE = 'https://acme.atlassian.net/browse/PAY-42';
const LINEAR_ISSUE = 'https://linear.app/acme/issue/ENG-7/cache-workspace-templates-at-the-edge';

describe('walking skeleton: extension and context API end to end', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('invites a fresh profile to connect instead of showing an empty sidebar', async () => {
    const { page, frame, errors } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByRole('button', { name: 'Open settings' }).isVisible())
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('connects through the options page and shows the workspace', async () => {
    const page = await connectThroughOptions(world);
    await expect
      .poll(() => page.getByText('Connected to Acme').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await screenshot(page, 'options-connected');
    await page.close();
  });

  it('shows mission, goal, intent and bucket on a GitHub issue', async () => {
    const { page, frame, errors } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(() => frame.getByText('Raise week-1 activation to 45%').isVisible())
      .toBe(true);
    await expect
      .poll(() => frame.getByText('Make self-serve the default path to value').isVisible())
      .toBe(true);
    await expect.poll(() => frame.getByText('New capabilities').isVisible()).toBe(true);
    await screenshot(page, 'github-issue-sidebar');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the context on Jira Cloud and Linear tickets', async () => {
    for (const url of [JIRA_ISSUE, LINEAR_ISSUE]) {
      const { page, frame, errors } = await openTicket(world, url);
      await expect
        .poll(() => frame.getByRole('list', { name: 'Why this ticket matters' }).isVisible())
        .toBe(true);
      await expect.poll(() => frame.getByText('Mission', { exact: true }).isVisible()).toBe(true);
      await screenshot(
        page,
        url.includes('linear') ? 'linear-issue-sidebar' : 'jira-issue-sidebar',
      );
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

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
    await world.api.close();
    await options.getByRole('button', { name: 'Sync now' }).click();
    const { page, frame, errors } = await openTicket(world, GITHUB_ISSUE);
    await expect
      .poll(() => frame.getByRole('alert', { name: "Can't reach the context API" }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    // What was synced before stays visible under the warning.
    await expect
      .poll(() => frame.getByText('Guided setup for new workspaces').isVisible())
      .toBe(true);
    await screenshot(page, 'github-issue-api-down');
    expect(errors).toEqual([]);
    await page.close();
  });
});
