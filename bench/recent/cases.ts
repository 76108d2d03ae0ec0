import { applyPage } from '../../lib/db/apply-changes';
import { ThroughlineDb } from '../../lib/db/database';
import { noFitLinks } from '../../lib/db/queries/no-fit-links';
import { recentCoverage } from '../../lib/db/queries/recent-coverage';
import { RECENT_MAX } from '../../lib/recent/retention';
import type { BenchRow } from '../row';
import { LINK_COUNT, storeWorkload, type RawChange } from '../store/workload';

const PAGE = 1000;
const RULES = 1000;
const RUNS = 7;
const T = '2026-11-01T10:00:00.000Z';

/**
 * 1,000 rules (the DESIGN scale), most on projects no recent ticket is in, some on title words;
 * and 200 of the 100k links say "no intent fits".
 */
function coverageWorkload(from: number): RawChange[] {
  const changes: RawChange[] = [];
  for (let r = 0; r < RULES; r++) {
    const id = `rule-${r}`;
    const when = r % 10 === 9 ? { titleHas: [`word${r}`] } : { tracker: 'jira', project: `P${r}` };
    const data = { id, name: `Rule ${r}`, position: r, when, bucketId: 'ktlo', updatedAt: T };
    changes.push({ type: 'rule', op: 'put', id, version: from + r + 1, data });
  }
  for (let n = 0; n < 200; n++) {
    const ticketId = `jira:acme.atlassian.net/BEN-${n * 500 + 1}`;
    const version = from + RULES + n + 1;
    const data = { ticketId, noFit: true, note: 'No goal covers it', linkedAt: T, updatedAt: T };
    changes.push({
      type: 'link',
      op: 'put',
      id: ticketId,
      version,
      data: { ...data, id: ticketId, version },
    });
  }
  return changes;
}

/**
 * 2,000 recent tickets (the cap): a quarter linked, a quarter whose title names a linked ticket,
 * a quarter caught by a rule, a quarter with no why.
 */
function recentRows(now: Date) {
  return Array.from({ length: RECENT_MAX }, (_, n) => {
    const kind = n % 4;
    const id =
      kind === 0
        ? `jira:acme.atlassian.net/BEN-${n + 2}`
        : kind === 2
          ? `jira:acme.atlassian.net/P${n % 900}-${n}`
          : `github:github.com/acme/app#${n}`;
    const title = kind === 1 ? `BEN-${n + 3}: follow-up` : `Recent ticket ${n}`;
    return { id, key: id, title, when: new Date(now.getTime() - n * 60_000).toISOString() };
  });
}

/** The popup's "Your recent tickets" and "No intent fits" at the DESIGN scale, where IndexedDB is. */
export async function runRecentBench(where: string): Promise<BenchRow[]> {
  const db = new ThroughlineDb(`bench-recent-${Date.now()}`);
  try {
    const changes = storeWorkload();
    for (let i = 0; i < changes.length; i += PAGE)
      await applyPage(db, changes.slice(i, i + PAGE), `cursor-${i}`);
    await applyPage(db, coverageWorkload(changes.length), 'coverage');
    const now = new Date();
    await db.recentTickets.bulkPut(recentRows(now));
    const recent = await medianTime(() => recentCoverage(db, { now }));
    const noFit = await medianTime(() => noFitLinks(db));
    const scale = `${RECENT_MAX.toLocaleString('en')} recent, ${LINK_COUNT / 1000}k links, ${RULES.toLocaleString('en')} rules`;
    return [
      { name: `${where}: popup, your recent tickets (${scale}, p50)`, value: recent, unit: 'ms' },
      {
        name: `${where}: popup, no intent fits (${LINK_COUNT / 1000}k links, p50)`,
        value: noFit,
        unit: 'ms',
      },
    ];
  } finally {
    db.close();
    await db.delete();
  }
}

async function medianTime(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}
