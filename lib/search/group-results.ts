import type { SearchKind } from './documents';
import type { SearchHit } from './search-index';

export const KIND_LABELS: Record<SearchKind, string> = {
  ticket: 'Tickets',
  intent: 'Intents',
  goal: 'Goals',
  mission: 'Missions',
  bucket: 'Buckets',
};

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

/**
 * Hits grouped by kind, groups ordered by their best hit (so a ticket key typed exactly puts
 * Tickets first), at most `perKind` hits in each: the popup is small and the best few matter.
 */
export function groupByKind(hits: readonly SearchHit[], perKind = 5): SearchGroup[] {
  const groups = new Map<SearchKind, SearchGroup>();
  for (const hit of hits) {
    const kind = hit.doc.kind;
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = { kind, label: KIND_LABELS[kind], hits: [] }));
    if (group.hits.length < perKind) group.hits.push(hit);
  }
  return [...groups.values()];
}
