import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';

/*
 * The clients of bench/sync-load.ts, in a process of their own so that the server's process does
 * only the server's work. Reads its plan as JSON on stdin, runs it, prints the outcome as JSON.
 *
 * Pollers follow their own cursor like the extension: a page with `more` is followed at once,
 * otherwise the next poll waits for the client's period, each client at its own phase (real
 * clients' alarms are spread out). Writers each set one tag per period on a pool of tickets.
 * Hand-rolled rather than autocannon: autocannon resets a connection's context on every loop,
 * so a client cannot follow its own cursor, and its rate limit fires every connection in the same
 * instant each second, which no population of polling clients does.
 */

const PlanSchema = z.object({
  url: z.string(),
  pollerTokens: z.array(z.string()),
  writerTokens: z.array(z.string()),
  startCursor: z.string(),
  intents: z.array(z.string()),
  tickets: z.number().int().positive(),
  durationMs: z.number().positive(),
  pollPeriodMs: z.number().positive(),
  writePeriodMs: z.number().positive(),
});
export type LoadPlan = z.infer<typeof PlanSchema>;

const PageSchema = z.object({
  cursor: z.string(),
  more: z.boolean(),
  changes: z.array(z.object({ type: z.string(), id: z.string(), version: z.number() })),
});

interface Poller {
  token: string;
  cursor: string;
  state: Map<string, number>;
  lastVersion: number;
  repeated: number;
}

export interface Latencies {
  count: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

export interface LoadOutcome {
  polls: Latencies;
  /** GET /healthz every 100 ms during the run: what the machine and event loop alone cost. */
  health: Latencies;
  writes: Latencies & { applied: number };
  /** Per poller: digest of the state it replayed, and changes it got twice or out of order. */
  pollers: { digest: string; repeated: number }[];
}

/** fetch's TypeError carries the socket's error code as its cause. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error as Error).name;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function summarise(times: number[], errors: number): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: times.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? NaN, errors };
}

/** Digest of `type:id@version` for every entity a client holds, in sorted order. */
export function stateDigest(state: ReadonlyMap<string, number>): string {
  const lines = [...state].map(([key, version]) => `${key}@${version}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

async function run(plan: LoadPlan): Promise<LoadOutcome> {
  const pollTimes: number[] = [];
  const writeTimes: number[] = [];
  let pollErrors = 0;
  let writeErrors = 0;
  let applied = 0;
  /** What the failures were, by status or error name, for the log. */
  const failures = new Map<string, number>();
  const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
  const started = performance.now();
  const end = started + plan.durationMs;

  async function poll(poller: Poller): Promise<boolean> {
    const start = performance.now();
    try {
      const response = await fetch(`${plan.url}/v1/sync?cursor=${poller.cursor}`, {
        headers: { Authorization: `Bearer ${poller.token}` },
      });
      const text = await response.text();
      if (start < end) pollTimes.push(performance.now() - start); // not the final read-through
      if (response.status !== 200) {
        pollErrors++;
        failed(`poll ${response.status}`);
        return false;
      }
      const page = PageSchema.parse(JSON.parse(text));
      for (const change of page.changes) {
        if (change.version <= poller.lastVersion) poller.repeated++;
        poller.lastVersion = change.version;
        poller.state.set(`${change.type}:${change.id}`, change.version);
      }
      poller.cursor = page.cursor;
      return page.more;
    } catch (error) {
      pollErrors++;
      failed(`poll ${causeOf(error)}`);
      return false;
    }
  }

  async function write(token: string, clientId: string): Promise<void> {
    const ticket = Math.floor(Math.random() * plan.tickets) + 1;
    const intent = plan.intents[Math.floor(Math.random() * plan.intents.length)];
    const body = JSON.stringify({
      clientId,
      mutations: [
        {
          id: randomUUID(),
          type: 'link.set',
          args: { ticketId: `jira:acme.atlassian.net/LOAD-${ticket}`, intentId: intent },
        },
      ],
    });
    const start = performance.now();
    try {
      const response = await fetch(`${plan.url}/v1/mutations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body,
      });
      const text = await response.text();
      writeTimes.push(performance.now() - start);
      if (response.status !== 200 || !text.includes('"applied"')) {
        writeErrors++;
        failed(`write ${response.status}`);
      } else applied++;
    } catch (error) {
      writeErrors++;
      failed(`write ${causeOf(error)}`);
    }
  }

  const healthTimes: number[] = [];
  let healthErrors = 0;
  async function probeHealth(): Promise<void> {
    const start = performance.now();
    try {
      const response = await fetch(`${plan.url}/healthz`);
      await response.text();
      healthTimes.push(performance.now() - start);
      if (response.status !== 200) healthErrors++;
    } catch {
      healthErrors++;
    }
  }

  const pollers: Poller[] = plan.pollerTokens.map((token) => ({
    token,
    cursor: plan.startCursor,
    state: new Map(),
    lastVersion: 0,
    repeated: 0,
  }));
  const every = async (periodMs: number, step: () => Promise<unknown>) => {
    let next = started + Math.random() * periodMs;
    while (next < end) {
      await sleep(next - performance.now());
      await step();
      next += periodMs;
    }
  };
  await Promise.all([
    ...pollers.map((poller) =>
      every(plan.pollPeriodMs, async () => {
        while (await poll(poller)); // a full page: the rest follows at once
      }),
    ),
    ...plan.writerTokens.map((token, i) =>
      every(plan.writePeriodMs, () => write(token, `writer-${i}`)),
    ),
    every(100, probeHealth),
  ]);
  // Writers are done: each poller reads to the end of the feed once more, a few at a time.
  const queue = [...pollers];
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      for (let poller = queue.pop(); poller !== undefined; poller = queue.pop())
        while (await poll(poller));
    }),
  );
  if (failures.size > 0) console.error('load clients, failures:', Object.fromEntries(failures));
  return {
    polls: summarise(pollTimes, pollErrors),
    health: summarise(healthTimes, healthErrors),
    writes: { ...summarise(writeTimes, writeErrors), applied },
    pollers: pollers.map((poller) => ({
      digest: stateDigest(poller.state),
      repeated: poller.repeated,
    })),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const plan = PlanSchema.parse(JSON.parse(await readStdin()));
  process.stdout.write(`${JSON.stringify(await run(plan))}\n`);
}
