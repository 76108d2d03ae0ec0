/**
 * A realistic store at the DESIGN.md scale: 10k entities (4 buckets, 100 missions, 1,000 goals,
 * 8,896 intents) and 100k links, as the changes a bootstrap from the context API would bring.
 */
export const LINK_COUNT = 100_000;
const T = '2026-11-01T10:00:00.000Z';

export interface RawChange {
  type: string;
  op: 'put';
  id: string;
  version: number;
  data: Record<string, unknown>;
}

export function storeWorkload(links = LINK_COUNT): RawChange[] {
  const changes: RawChange[] = [];
  let version = 0;
  const add = (type: string, id: string, data: Record<string, unknown>) => {
    version += 1;
    changes.push({ type, op: 'put', id, version, data: { ...data, id, version, updatedAt: T } });
  };
  const buckets = ['new', 'ktlo', 'debt', 'quality'];
  buckets.forEach((id, i) =>
    add('bucket', id, { name: `Bucket ${i}`, targetShare: 0.25, color: '#4f46e5' }),
  );
  for (let m = 0; m < 100; m++)
    add('mission', `m${m}`, { title: `Mission ${m}`, summary: 'Why we exist.', owner: 'Ana' });
  for (let g = 0; g < 1000; g++)
    add('goal', `g${g}`, {
      missionId: `m${g % 100}`,
      title: `Goal ${g}`,
      status: g % 7 === 0 ? 'at_risk' : 'on_track',
      metric: { name: 'Activation', current: 0.3, target: 0.45, unit: 'ratio' },
    });
  for (let i = 0; i < 8896; i++)
    add('intent', `i${i}`, {
      goalId: `g${i % 1000}`,
      title: `Intent ${i}`,
      bucketId: buckets[i % 4],
    });
  for (let l = 0; l < links; l++) {
    const ticketId = `jira:acme.atlassian.net/BEN-${l + 1}`;
    add('link', ticketId, {
      ticketId,
      intentId: `i${l % 8896}`,
      linkedAt: T,
      linkedBy: 'import',
      title: `Ticket ${l + 1}`,
    });
  }
  return changes;
}

/** A delta as a typical sync brings it: renamed intents and retagged tickets. */
export function deltaWorkload(from: number, count = 100): RawChange[] {
  return Array.from({ length: count }, (_, n) => {
    const version = from + n + 1;
    if (n % 2 === 0) {
      const id = `i${n}`;
      return {
        type: 'intent',
        op: 'put',
        id,
        version,
        data: { id, version, updatedAt: T, goalId: `g${n}`, title: `Intent ${n} (renamed)` },
      };
    }
    const ticketId = `jira:acme.atlassian.net/BEN-${n + 1}`;
    return {
      type: 'link',
      op: 'put',
      id: ticketId,
      version,
      data: { id: ticketId, version, updatedAt: T, ticketId, bucketId: 'debt', linkedAt: T },
    };
  });
}
