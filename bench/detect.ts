import { detectTicket } from '../lib/detect';
import { examples as githubExamples } from '../lib/trackers/github/url';
import { examples as jiraExamples } from '../lib/trackers/jira/url';
import { examples as linearExamples } from '../lib/trackers/linear/url';
import type { TrackerUrlOptions, UrlExamples } from '../lib/trackers/types';
import type { BenchRow } from './row';

/**
 * detectTicket over every example URL of every tracker, against its floor: `new URL(url)` alone,
 * which detectTicket pays for each string it gets. Median of many rounds, in µs per call.
 */
export async function benchDetect(): Promise<BenchRow[]> {
  const { urls, options } = workload([jiraExamples, linearExamples, githubExamples]);
  let sink = 0;

  const detect = medianMicrosPerCall(urls, (url) => {
    if (detectTicket(url, options)) sink++;
  });
  const floor = medianMicrosPerCall(urls, (url) => {
    if (new URL(url).host) sink++;
  });
  if (sink === 0) throw new Error('benchDetect: the workload detected nothing');

  // One row: the table prints the floor (new URL alone) and the ratio value / floor.
  return [
    {
      name: `detectTicket, ${urls.length} example URLs (median per call; floor: new URL)`,
      value: detect,
      unit: 'µs',
      floor,
    },
  ];
}

/** Every example URL, with one options object listing every self-hosted host the examples use. */
function workload(sets: readonly UrlExamples[]): { urls: string[]; options: TrackerUrlOptions } {
  const urls: string[] = [];
  const jiraHosts: string[] = [];
  const githubHosts: string[] = [];
  for (const { positive, negative } of sets) {
    for (const example of [...positive, ...negative]) {
      const { url, options } = typeof example === 'string' ? { url: example } : example;
      urls.push(url);
      jiraHosts.push(...(options?.jiraHosts ?? []));
      githubHosts.push(...(options?.githubHosts ?? []));
    }
  }
  return {
    urls,
    options: { jiraHosts: [...new Set(jiraHosts)], githubHosts: [...new Set(githubHosts)] },
  };
}

const WARMUP_ROUNDS = 50;
const ROUNDS = 101;
const PASSES_PER_ROUND = 20;

function medianMicrosPerCall(urls: readonly string[], call: (url: string) => void): number {
  const perCall: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const start = performance.now();
    for (let pass = 0; pass < PASSES_PER_ROUND; pass++) for (const url of urls) call(url);
    const elapsed = performance.now() - start;
    if (round >= WARMUP_ROUNDS) perCall.push((elapsed * 1000) / (PASSES_PER_ROUND * urls.length));
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] ?? Number.NaN;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchDetect());
