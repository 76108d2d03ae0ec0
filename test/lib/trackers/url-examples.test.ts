import { describe, expect, it } from 'vitest';
import { TRACKER_URL_PARSERS } from '../../../lib/detect';
import { TicketIdSchema } from '../../../lib/schema/ticket-id';
import { TRACKER_SYSTEMS, type TrackerSystem } from '../../../lib/trackers/registry';
import { keyOfTicketId } from '../../../lib/trackers/ticket-ids';
import type { TrackerUrlOptions, UrlExamples } from '../../../lib/trackers/types';

// One table, github-url-detection style: every example URL of every tracker against every parser.
// The examples sit beside each parser, in lib/trackers/<system>/url.ts.

const EXAMPLES = Object.fromEntries(
  await Promise.all(
    TRACKER_SYSTEMS.map(async (system) => {
      const module = (await import(`../../../lib/trackers/${system}/url.ts`)) as {
        examples: UrlExamples;
      };
      return [system, module.examples] as const;
    }),
  ),
) as Record<TrackerSystem, UrlExamples>;

const positives = TRACKER_SYSTEMS.flatMap((system) =>
  EXAMPLES[system].positive.map((example) => ({ system, ...example })),
);
const negatives = TRACKER_SYSTEMS.flatMap((system) =>
  EXAMPLES[system].negative.map((example) =>
    typeof example === 'string'
      ? { system, url: example, options: undefined }
      : { system, ...example },
  ),
);

/**
 * Every self-hosted host any example configures. Parsers that must reject a URL get all of them,
 * so a URL is rejected even when its host is configured for another tracker.
 */
const ALL_HOSTS: TrackerUrlOptions = Object.fromEntries(
  TRACKER_SYSTEMS.map((system) => [
    `${system}Hosts`,
    [...positives, ...negatives].flatMap(({ options }) => options?.[`${system}Hosts`] ?? []),
  ]),
);

const otherParsers = (system: TrackerSystem) =>
  TRACKER_SYSTEMS.filter((other) => other !== system).map((other) => ({
    other,
    parse: TRACKER_URL_PARSERS[other],
  }));

describe('tracker URL examples', () => {
  describe.each(TRACKER_SYSTEMS)('the %s url module', (system) => {
    it('exports a parser registered for detection and at least one positive and one negative example', async () => {
      const module: Record<string, unknown> = await import(
        `../../../lib/trackers/${system}/url.ts`
      );
      const parsers = Object.entries(module).filter(
        ([name, value]) => /^parse\w+TicketUrl$/.test(name) && typeof value === 'function',
      );
      expect(parsers.map(([, parse]) => parse)).toEqual([TRACKER_URL_PARSERS[system]]);
      const examples = module.examples as UrlExamples;
      expect(examples.positive.length).toBeGreaterThanOrEqual(1);
      expect(examples.negative.length).toBeGreaterThanOrEqual(1);
    });
  });

  it('lists each example once', () => {
    const keys = [...positives, ...negatives].map(({ url, options }) =>
      JSON.stringify([url, options ?? null]),
    );
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it.each(positives)('$system reads $url as $id', ({ system, url, id, options }) => {
    const ticket = TRACKER_URL_PARSERS[system](new URL(url), options ?? {});
    expect(ticket).toEqual({ system, id, key: keyOfTicketId(id), host: new URL(url).hostname });
    expect(TicketIdSchema.safeParse(id).success).toBe(true);
  });

  it.each(positives)('no other tracker claims $url', ({ system, url }) => {
    for (const { other, parse } of otherParsers(system)) {
      expect(parse(new URL(url), ALL_HOSTS), other).toBeNull();
    }
  });

  it.each(negatives)('no tracker claims $url (listed with $system)', ({ url, options }) => {
    for (const system of TRACKER_SYSTEMS) {
      expect(TRACKER_URL_PARSERS[system](new URL(url), options ?? ALL_HOSTS), system).toBeNull();
    }
  });
});
