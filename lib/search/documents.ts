import { i18n } from '#i18n';
import { formatPercent } from '../i18n/format';
import type { StoredLink } from '../db/database';
import type { Bucket, Goal, Intent, Mission } from '../schema/entities';
import { ticketKey } from './ticket-url';

/** What the popup finds, in the order its groups are listed when scores tie. */
export const SEARCH_KINDS = ['ticket', 'intent', 'goal', 'mission', 'bucket'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One findable thing, flattened for the index. */
export interface SearchDoc {
  /** `<kind>:<entity id>`: entity ids are unique within a table only. */
  id: string;
  kind: SearchKind;
  entityId: string;
  /** Empty for a ticket whose title is not known (its key stands in for it when shown). */
  title: string;
  /** Tickets only: `PAY-42`, `ENG-7`, `acme/app#42`. */
  key?: string;
  /** Summary, bucket description or a link's note. */
  text?: string;
  /** An intent's goal and mission document ids, in that order: it is found through their titles. */
  parents?: string[];
  owner?: string;
  /** The line shown under the title in a result; not searched. */
  detail?: string;
  /** Tickets: the link's own URL, as stored (`ticketUrl` turns it into one safe to open). */
  url?: string;
}

export interface SearchCorpus {
  buckets: readonly Bucket[];
  missions: readonly Mission[];
  goals: readonly Goal[];
  intents: readonly Intent[];
  links: readonly StoredLink[];
}

/**
 * Long summaries (up to 20 000 characters) would swell the index and drown titles; what people
 * type to find something is nearly always in a summary's opening.
 */
const MAX_TEXT = 600;
const clip = (text: string | undefined) =>
  text !== undefined && text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;

export function toSearchDocs(corpus: SearchCorpus): SearchDoc[] {
  const missions = new Map(corpus.missions.map((m) => [m.id, m]));
  const goals = new Map(corpus.goals.map((g) => [g.id, g]));
  const intents = new Map(corpus.intents.map((i) => [i.id, i]));
  const buckets = new Map(corpus.buckets.map((b) => [b.id, b]));
  const docs: SearchDoc[] = [];

  for (const b of corpus.buckets) {
    const target =
      b.targetShare === undefined
        ? undefined
        : i18n.t('popup.search.bucketTarget', [formatPercent(b.targetShare)]);
    docs.push({ ...base('bucket', b.id, b.name), text: clip(b.description), detail: target });
  }
  for (const m of corpus.missions) {
    docs.push({ ...base('mission', m.id, m.title), text: clip(m.summary), owner: m.owner });
  }
  for (const g of corpus.goals) {
    const mission = missions.get(g.missionId)?.title;
    docs.push({
      ...base('goal', g.id, g.title),
      text: clip(g.summary),
      owner: g.owner,
      detail: mission,
    });
  }
  for (const i of corpus.intents) {
    const goal = goals.get(i.goalId);
    docs.push({
      ...base('intent', i.id, i.title),
      text: clip(i.summary),
      owner: i.owner,
      parents: goal ? [`goal:${i.goalId}`, `mission:${goal.missionId}`] : [`goal:${i.goalId}`],
      detail: goal?.title,
    });
  }
  for (const link of corpus.links) {
    if (link.pending === 'clear') continue;
    const intent = link.intentId ? intents.get(link.intentId) : undefined;
    const bucketId = link.bucketId ?? intent?.bucketId;
    docs.push(
      ticketDoc(link, intent?.title ?? (bucketId ? buckets.get(bucketId)?.name : undefined)),
    );
  }
  return docs;
}

/** A tagged ticket's document; `detail` is its intent's title, else its bucket's name. */
export function ticketDoc(link: StoredLink, detail: string | undefined): SearchDoc {
  // A literal, not a spread of base(): tickets are most of the documents.
  return {
    id: `ticket:${link.id}`,
    kind: 'ticket',
    entityId: link.id,
    title: link.title ?? '',
    key: ticketKey(link.id),
    text: clip(link.note),
    detail,
    url: link.url,
  };
}

function base(kind: SearchKind, entityId: string, title: string) {
  return { id: `${kind}:${entityId}`, kind, entityId, title };
}

/** Whether two documents would index and show the same (cheaper than serialising both). */
export function sameDoc(a: SearchDoc, b: SearchDoc): boolean {
  return (
    a.title === b.title &&
    a.key === b.key &&
    a.text === b.text &&
    a.owner === b.owner &&
    a.detail === b.detail &&
    a.url === b.url &&
    a.parents?.[0] === b.parents?.[0] &&
    a.parents?.[1] === b.parents?.[1]
  );
}
