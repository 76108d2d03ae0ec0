import type { Goal, Mission } from '../../schema/entities';
import type { ThroughlineDb } from '../database';
import { countTicketsOfGoals, hiddenTicketIds } from './ticket-counts';
import type { CountsByTracker } from './tickets-by-tracker';

export interface AttentionItem {
  goal: Goal;
  mission?: Mission;
  tickets: CountsByTracker;
}

export interface NeedsAttention {
  /** Every goal at risk or off track, including those past `limit`. */
  total: number;
  items: AttentionItem[];
}

/** What the popup shows on open: a few cards fit above the fold of a 600 px popup. */
export const ATTENTION_FIRST_PAGE = 3;

/** Off track before at risk: the first has already missed, the second may still be saved. */
const STATUSES = ['off_track', 'at_risk'] as const;

/**
 * The goals that need attention, worst first, with their mission and tagged tickets per tracker.
 * Goals come from the `status` index (schema v3); missions and counts are read only for the first
 * `limit`, so the popup opens fast however many goals are at risk.
 */
export async function needsAttention(
  db: ThroughlineDb,
  { limit = ATTENTION_FIRST_PAGE }: { limit?: number } = {},
): Promise<NeedsAttention> {
  return db.transaction('r', [db.goals, db.missions, db.intents, db.links], async () => {
    const [byStatus, hidden] = await Promise.all([
      Promise.all(STATUSES.map((status) => db.goals.where('status').equals(status).toArray())),
      hiddenTicketIds(db),
    ]);
    const goals = byStatus.flatMap((group) => group.sort(soonestFirst));
    const shown = goals.slice(0, limit);
    const missionIds = [...new Set(shown.map((goal) => goal.missionId))];
    const [missions, counts] = await Promise.all([
      db.missions.bulkGet(missionIds),
      countTicketsOfGoals(
        db,
        shown.map((goal) => goal.id),
        hidden,
      ),
    ]);
    const missionById = new Map(
      missions.flatMap((mission) => (mission ? [[mission.id, mission]] : [])),
    );
    return {
      total: goals.length,
      items: shown.map((goal, i) => ({
        goal,
        mission: missionById.get(goal.missionId),
        tickets: counts[i]!,
      })),
    };
  });
}

/** Within a status: the nearest timeframe first (`2026-Q4` before `2027-Q1`), then by title. */
function soonestFirst(a: Goal, b: Goal): number {
  const byTime = (a.timeframe ?? '\uffff').localeCompare(b.timeframe ?? '\uffff');
  return byTime !== 0 ? byTime : a.title.localeCompare(b.title);
}
