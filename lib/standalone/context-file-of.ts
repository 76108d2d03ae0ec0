import type { ContextFile } from '../schema/context-file';
import type { Bucket, Goal, Intent, Link, Mission, Rule } from '../schema/entities';
import type { StoredLink } from '../db/database';

export interface LocalContext {
  workspace: string;
  buckets: Bucket[];
  missions: Mission[];
  goals: Goal[];
  intents: Intent[];
  links: StoredLink[];
  rules: Rule[];
}

export interface ExportedContext {
  file: ContextFile;
  /** Rows left out because what they hang from is not in the store (a goal without its mission). */
  skipped: number;
}

/** Drops undefined fields: the file format's objects are strict and YAML should stay tidy. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * The local store as a context file (DESIGN.md format), the inverse of `entitiesOfContextFile`:
 * server fields (version, updatedAt, linkedAt, linkedBy) and local bookkeeping are left out, goals
 * nest in their mission and intents in their goal. A tag waiting to be sent counts as made, an
 * untag waiting to be sent as done. References to rows that are not there are dropped, so the
 * result always passes `parseContextFile`.
 */
export function contextFileOf(local: LocalContext): ExportedContext {
  const bucketIds = new Set(local.buckets.map((bucket) => bucket.id));
  const knownBucket = (id: string | undefined) =>
    id !== undefined && bucketIds.has(id) ? id : undefined;
  const intentsOf = groupBy(local.intents, (intent) => intent.goalId);
  const goalsOf = groupBy(local.goals, (goal) => goal.missionId);
  const exportedIntents = new Set<string>();

  const missions = local.missions.map((mission) =>
    compact({
      ...missionFields(mission),
      goals: (goalsOf.get(mission.id) ?? []).map((goal) =>
        compact({
          ...goalFields(goal),
          intents: (intentsOf.get(goal.id) ?? []).map((intent) => {
            exportedIntents.add(intent.id);
            return compact({ ...intentFields(intent), bucket: knownBucket(intent.bucketId) });
          }),
        }),
      ),
    }),
  );
  const liveLinks = local.links.filter((link) => link.pending !== 'clear');
  const links = liveLinks
    .map((link) =>
      linkEntry(
        link,
        exportedIntents.has(link.intentId ?? '') ? link.intentId : undefined,
        knownBucket(link.bucketId),
      ),
    )
    .filter((entry) => entry.intent !== undefined || entry.bucket !== undefined || entry.noFit);
  const rules = [...local.rules]
    .sort((a, b) => a.position - b.position)
    .map((rule) =>
      compact({
        id: rule.id,
        name: rule.name,
        when: rule.when,
        intent: exportedIntents.has(rule.intentId ?? '') ? rule.intentId : undefined,
        bucket: knownBucket(rule.bucketId),
      }),
    )
    .filter((entry) => entry.intent !== undefined || entry.bucket !== undefined);

  const exportedGoals = missions.reduce((sum, mission) => sum + mission.goals.length, 0);
  const skipped =
    local.goals.length -
    exportedGoals +
    (local.intents.length - exportedIntents.size) +
    (liveLinks.length - links.length) +
    (local.rules.length - rules.length);
  const file: ContextFile = {
    workspace: local.workspace,
    buckets: local.buckets.map(bucketFields),
    missions,
    links,
    rules,
  };
  return { file, skipped };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const bucketFields = (b: Bucket) =>
  compact({
    id: b.id,
    name: b.name,
    description: b.description,
    targetShare: b.targetShare,
    color: b.color,
  });

const missionFields = (m: Mission) =>
  compact({
    id: m.id,
    title: m.title,
    summary: m.summary,
    owner: m.owner,
    url: m.url,
    status: m.status,
  });

const goalFields = (g: Goal) =>
  compact({
    id: g.id,
    title: g.title,
    summary: g.summary,
    owner: g.owner,
    timeframe: g.timeframe,
    status: g.status,
    metric: g.metric ? compact({ ...g.metric }) : undefined,
    url: g.url,
  });

const intentFields = (i: Intent) =>
  compact({
    id: i.id,
    title: i.title,
    summary: i.summary,
    owner: i.owner,
    status: i.status,
    url: i.url,
  });

function linkEntry(link: Link, intent: string | undefined, bucket: string | undefined) {
  return compact({
    ticket: link.ticketId,
    intent,
    bucket,
    noFit: link.noFit,
    note: link.note,
    title: link.title,
    url: link.url,
  });
}
