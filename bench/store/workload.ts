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

export const RULE_COUNT = 1000;

/**
 * 1,000 rules as a large company's context file has them: most name a project, some a host or
 * title words, one per Linear team `OPS` at the end. Only the last few hold for the bench tickets,
 * so every lookup evaluates them all.
 */
export function ruleWorkload(from: number, count = RULE_COUNT): RawChange[] {
  return Array.from({ length: count }, (_, n) => {
    const id = `rule-${n}`;
    const last = n === count - 1;
    const when = last
      ? { tracker: 'linear', project: 'OPS' }
      : n % 3 === 0
        ? { tracker: 'jira', project: `P${n}` }
        : n % 3 === 1
          ? { project: `acme/repo-${n}` }
          : { host: `jira-${n}.acme.com`, titleHas: [`word${n}`, 'never here'] };
    const target = n % 2 === 0 ? { intentId: `i${n % 8896}` } : { bucketId: 'ktlo' };
    const version = from + n + 1;
    return {
      type: 'rule',
      op: 'put',
      id,
      version,
      data: { id, version, updatedAt: T, name: `Rule ${n}`, position: n, when, ...target },
    };
  });
}

/**
 * Tickets looked up with the title their page shows: a third tagged (and their titles name other
 * tickets), a third untagged whose title names a linked ticket, a third untagged that a rule
 * catches. Every one reads its link, its mentions' links and the rules.
 */
export function lookupWorkload(count: number, links = LINK_COUNT): { id: string; title: string }[] {
  return Array.from({ length: count }, (_, n) => {
    const other = ((n * 7919) % links) + 1;
    switch (n % 3) {
      case 0:
        return {
          id: `jira:acme.atlassian.net/BEN-${other}`,
          title: `Follow-up of BEN-${other + 1}`,
        };
      case 1:
        return { id: `github:github.com/acme/app#${n + 1}`, title: `BEN-${other}: retry webhooks` };
      default:
        return { id: `linear:acme/OPS-${n + 1}`, title: `Renew certificates (ENG-${n})` };
    }
  });
}
