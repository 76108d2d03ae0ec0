import type { SearchCorpus } from '../lib/search/documents';
import { toSearchDocs } from '../lib/search/documents';
import { groupByKind } from '../lib/search/group-results';
import { SearchIndex } from '../lib/search/search-index';
import type { BenchRow } from './row';

/**
 * Popup search (DESIGN.md budget: ≤ 16 ms per keystroke over 10k entities and 100k links). Builds
 * the index over 10k entities and 100k tagged tickets, then types each query one character at a
 * time, searching after every keystroke as the popup does, and reports p50 and p95 per keystroke.
 * Also the time to build the index, and to apply a sync of 100 changed rows to it.
 */
export async function benchSearch(
  options: { entities?: number; links?: number } = {},
): Promise<BenchRow[]> {
  const corpus = syntheticCorpus(options.entities ?? 10_000, options.links ?? 100_000);
  const { buckets, missions, goals, intents } = corpus;
  const entityCount = buckets.length + missions.length + goals.length + intents.length;

  const builds: number[] = [];
  let index = new SearchIndex();
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    index = new SearchIndex();
    index.update(toSearchDocs(corpus));
    builds.push(performance.now() - start);
  }

  const keystrokes: number[] = [];
  let found = 0;
  for (let round = 0; round < 3; round++) {
    for (const query of QUERIES) {
      for (let end = 1; end <= query.length; end++) {
        const start = performance.now();
        // What the popup does per keystroke: search, then group for display.
        const hits = index.search(query.slice(0, end), { perKind: 5 });
        found += groupByKind(hits, 5).length > 0 ? 1 : 0;
        if (round > 0) keystrokes.push(performance.now() - start);
      }
    }
  }
  if (found === 0) throw new Error('benchSearch: no query found anything');

  const changed = structuredClone(corpus);
  for (const intent of changed.intents.slice(0, 100)) intent.title = `${intent.title} revised`;
  const start = performance.now();
  index.update(toSearchDocs(changed));
  const delta = performance.now() - start;

  const label = `${entityCount} entities + ${corpus.links.length} links`;
  return [
    {
      name: `popup search per keystroke, p50 (${label})`,
      value: percentile(keystrokes, 0.5),
      unit: 'ms',
      budget: 16,
    },
    {
      name: `popup search per keystroke, p95 (${label})`,
      value: percentile(keystrokes, 0.95),
      unit: 'ms',
      budget: 16,
    },
    {
      name: `popup search index build (${label}, median of 3)`,
      value: percentile(builds, 0.5),
      unit: 'ms',
    },
    { name: 'popup search index update after 100 changed intents', value: delta, unit: 'ms' },
  ];
}

/** Partial words, typos, keys and multi-word queries, as people type them. */
export const QUERIES = [
  'activaton',
  'raise week-1 activation',
  'guided setp',
  'PAY-42',
  'acme/app#42',
  'payment retries',
  'infrastrcture migration',
  'kep the lights on',
  'ENG-1234',
  'onboarding checklist for admins',
];

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** Deterministic pseudo-random numbers, so every run indexes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const COMMON = (
  'the to for and of in on with a from by new all our when at is without every more less ' +
  'activation onboarding payment retries invoice checkout billing migration infrastructure ' +
  'reliability latency dashboard analytics export import search setup guided workspace admin ' +
  'teammates invite pricing upgrade plans seats mobile desktop offline sync conflicts cache ' +
  'deploy pipeline tests flaky queue alerts incidents recovery backups encryption compliance ' +
  'audit permissions roles sso tokens webhooks integrations slack email notifications digest ' +
  'reports metrics retention churn expansion revenue customers trial conversion templates ' +
  'editor comments mentions attachments storage quota limits performance memory startup ' +
  'accessibility localisation translations currency tax region europe edge certificates'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa ti vo ze pa qua ren dor fel gim hux jor lin mar nov'.split(
  ' ',
);

/**
 * Words drawn by Zipf's law (the r-th most common word is r times rarer than the first), as in
 * real writing: a few words in every other title, most words in a handful. The vocabulary is the
 * common words above, then made-up ones, 6000 in all.
 */
function zipfWords(next: () => number, size = 6000): () => string {
  const vocabulary = [...COMMON];
  for (let i = 0; vocabulary.length < size; i++) {
    const a = SYLLABLES[i % 20]!,
      b = SYLLABLES[Math.floor(i / 20) % 20]!;
    vocabulary.push(`${a}${b}${SYLLABLES[Math.floor(i / 400) % 20]}`);
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = next() * total;
    let low = 0,
      high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return vocabulary[low]!;
  };
}

/** Titles, summaries and keys over 10k entities: the shape of a large company's context. */
export function syntheticCorpus(entities: number, links: number): SearchCorpus {
  const next = random(42);
  const word = zipfWords(next);
  const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
  const capitalised = () => {
    const t = phrase(3 + Math.floor(next() * 5));
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  const meta = { version: 1, updatedAt: '2026-11-01T10:00:00.000Z' };

  const buckets = Array.from({ length: 8 }, (_, i) => ({
    ...meta,
    id: `b${i}`,
    name: capitalised(),
    targetShare: 0.125,
  }));
  buckets[0]!.name = 'Keep the lights on';
  const missionCount = Math.round(entities * 0.02);
  const goalCount = Math.round(entities * 0.18);
  const intentCount = entities - buckets.length - missionCount - goalCount;
  const missions = Array.from({ length: missionCount }, (_, i) => ({
    ...meta,
    id: `m${i}`,
    title: capitalised(),
    summary: phrase(25),
  }));
  const goals = Array.from({ length: goalCount }, (_, i) => ({
    ...meta,
    id: `g${i}`,
    missionId: `m${i % missionCount}`,
    title: capitalised(),
    summary: phrase(20),
  }));
  goals[0]!.title = 'Raise week-1 activation to 45%';
  const intents = Array.from({ length: intentCount }, (_, i) => ({
    ...meta,
    id: `i${i}`,
    goalId: `g${i % goalCount}`,
    title: capitalised(),
    summary: phrase(20),
    bucketId: `b${i % buckets.length}`,
  }));
  intents[0]!.title = 'Guided setup for new workspaces';
  const projects = [
    'jira:acme.atlassian.net/PAY-',
    'jira:acme.atlassian.net/OPS-',
    'linear:acme/ENG-',
    'github:github.com/acme/app#',
  ];
  const linkRows = Array.from({ length: links }, (_, i) => {
    const ticketId = `${projects[i % projects.length]}${Math.floor(i / projects.length) + 1}`;
    return {
      ...meta,
      id: ticketId,
      ticketId,
      intentId: `i${i % intentCount}`,
      linkedAt: meta.updatedAt,
      title: next() < 0.5 ? capitalised() : undefined,
    };
  });
  return { buckets, missions, goals, intents, links: linkRows };
}
