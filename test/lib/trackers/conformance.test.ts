import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRACKER_URL_PARSERS } from '../../../lib/detect';
import { TRACKER_MATCHES, TRACKER_SYSTEMS } from '../../../lib/trackers/registry';
import { keyOfTicketId, systemOfTicketId } from '../../../lib/trackers/ticket-ids';
import type { UrlExamples } from '../../../lib/trackers/types';

import { TRACKERS } from '../../../lib/trackers/registry';
import { PAGE_FIXTURES } from './page-fixtures';

// STYLE.md: every tracker folder has the same files; adding a tracker is one folder, one registry
// line and one content-script entrypoint. Each test below names what a new tracker is missing.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TRACKER_FILES = ['content.ts', 'identity.ts', 'index.ts', 'page.ts', 'url.ts'];

describe.each(TRACKER_SYSTEMS)('the %s tracker', (system) => {
  const folder = join(ROOT, 'lib', 'trackers', system);

  it('has a folder lib/trackers/<system>/ with exactly content.ts, identity.ts, index.ts, page.ts and url.ts', () => {
    expect(existsSync(folder), `missing folder lib/trackers/${system}/`).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(TRACKER_FILES);
  });

  it('is registered in lib/trackers/registry.ts, and detection uses its parser', async () => {
    const index: Record<string, unknown> = await import(`../../../lib/trackers/${system}/index.ts`);
    const adapter = index[`${system}Tracker`];
    expect(adapter, `lib/trackers/${system}/index.ts must export ${system}Tracker`).toBeDefined();
    expect(TRACKERS[system], `add ${system}Tracker to TRACKERS in registry.ts`).toBe(adapter);
    expect(TRACKER_URL_PARSERS[system]).toBe(TRACKERS[system].parseUrl);
    expect(TRACKERS[system].system).toBe(system);
  });

  it('exports its identity, its page helpers, its parser and example URLs', async () => {
    const identity: Record<string, unknown> = await import(
      `../../../lib/trackers/${system}/identity.ts`
    );
    expect(
      identity[`${system}Identity`],
      `identity.ts must export ${system}Identity`,
    ).toMatchObject({
      system,
      idPattern: TRACKERS[system].idPattern,
      urlOf: TRACKERS[system].urlOf,
    });
    const page: Record<string, unknown> = await import(`../../../lib/trackers/${system}/page.ts`);
    expect(page[`${system}Page`], `page.ts must export ${system}Page`).toMatchObject({
      readTitle: TRACKERS[system].readTitle,
    });
    const url: Record<string, unknown> = await import(`../../../lib/trackers/${system}/url.ts`);
    expect(url.examples, 'url.ts must export examples').toBeDefined();
    expect(Object.values(url)).toContain(TRACKERS[system].parseUrl);
  });

  it('gives its content script the same system, parser and page helpers as its adapter, and no names', async () => {
    const content: Record<string, unknown> = await import(
      `../../../lib/trackers/${system}/content.ts`
    );
    const forContent = content[`${system}Content`];
    expect(forContent, `content.ts must export ${system}Content`).toEqual({
      system,
      parseUrl: TRACKERS[system].parseUrl,
      readTitle: TRACKERS[system].readTitle,
      summarySpot: TRACKERS[system].summarySpot,
    });
  });

  it('has a content-script entrypoint entrypoints/<system>.content.ts on its own pages', async () => {
    const file = join(ROOT, 'entrypoints', `${system}.content.ts`);
    expect(existsSync(file), `missing entrypoints/${system}.content.ts`).toBe(true);
    const entry = (await import(`../../../entrypoints/${system}.content.ts`)) as {
      default: { matches: string[] };
    };
    expect(entry.default.matches).toEqual([...TRACKERS[system].matches]);
  });

  it('reads back from each example id the key detection gave, and a URL that names the same ticket', async () => {
    const { examples } = (await import(`../../../lib/trackers/${system}/url.ts`)) as {
      examples: UrlExamples;
    };
    const tracker = TRACKERS[system];
    for (const { url, id, options } of examples.positive) {
      expect(systemOfTicketId(id), id).toBe(system);
      expect(tracker.keyOf(id), id).toBe(tracker.parseUrl(new URL(url), options)?.key);
      expect(keyOfTicketId(id)).toBe(tracker.keyOf(id));
      const home = tracker.urlOf(id);
      expect(tracker.parseUrl(new URL(home), options)?.id, `${id} → ${home}`).toBe(id);
      expect(tracker.projectOf(id).idPrefixes.some((prefix) => id.startsWith(prefix))).toBe(true);
    }
  });

  it('has a name, a badge mark and colour, and a project noun', () => {
    const { name, mark, color, projectNoun } = TRACKERS[system];
    expect(name.length).toBeGreaterThan(0);
    expect(mark).toMatch(/^[A-Z]{1,3}$/);
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(projectNoun).toMatch(new RegExp(`^${name} `));
  });

  it('lets the sidebar frame be embedded where its content script runs', () => {
    for (const pattern of TRACKERS[system].matches) {
      expect(TRACKER_MATCHES as readonly string[]).toContain(pattern);
    }
  });

  it('has at least one fixture page with its title (test/lib/trackers/page-fixtures.ts)', () => {
    expect(PAGE_FIXTURES[system].length).toBeGreaterThan(0);
    for (const { file } of PAGE_FIXTURES[system]) {
      expect(existsSync(join(ROOT, 'test', 'fixtures', 'pages', file)), file).toBe(true);
    }
  });
});

it('registers no tracker that the ticket id contract does not know', () => {
  expect(Object.keys(TRACKERS).sort()).toEqual([...TRACKER_SYSTEMS].sort());
  const folders = readdirSync(join(ROOT, 'lib', 'trackers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(folders.sort()).toEqual([...TRACKER_SYSTEMS].sort());
});
