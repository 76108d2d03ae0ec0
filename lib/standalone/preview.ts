import { CONTEXT_FILE_MAX_BYTES, parseContextFile } from '../context-file/parse';
import type { ThroughlineDb } from '../db/database';
import { readMeta } from '../db/meta';
import { isLiveLink } from '../db/queries/live-link';
import { recentCoverage, recentTickets } from '../db/queries/recent-coverage';
import { diffRows } from './diff-rows';
import type { PreviewOutcome } from './preview-outcome';
import { stampRows } from './rows';
import { knownTickets, linksInMemory, ruleReach } from './rule-reach';

const fail = (message: string): PreviewOutcome => ({
  ok: false,
  problems: [{ path: '', message }],
});

/** Every local row of every entity table (standalone data is one file's worth: at most 5 MB). */
async function storedRows(db: ThroughlineDb) {
  const [bucket, mission, goal, intent, link, rule] = await Promise.all([
    db.buckets.toArray(),
    db.missions.toArray(),
    db.goals.toArray(),
    db.intents.toArray(),
    db.links.toArray(),
    db.rules.toArray(),
  ]);
  // A link being removed locally is already gone, as every surface reads it.
  return { bucket, mission, goal, intent, link: link.filter(isLiveLink), rule };
}

const titled = (links: readonly { id: string; title?: string }[]) =>
  links.map(({ id, title }) => ({ id, title }));

/**
 * What importing `text` in standalone mode would change, computed in the worker and written
 * nowhere: per type what is added, changed and removed (named), and for each new or changed rule
 * how many of the tickets known here it would catch (the tickets this person opened lately and
 * the linked ones, now and in the file) and how many would take their context from it. The same
 * checks as the import, so a file the preview accepts imports, and one it refuses is refused
 * with the same problems.
 */
export async function previewContextFile(
  db: ThroughlineDb,
  text: string,
  now = new Date(),
): Promise<PreviewOutcome> {
  if (new Blob([text]).size > CONTEXT_FILE_MAX_BYTES)
    return fail('The file is larger than 5 MB. Split it, or import it into a server instead.');
  const parsed = parseContextFile(text);
  if (!parsed.ok) return parsed;
  const stamped = stampRows(parsed.file, now.toISOString());
  if (!stamped.ok) return stamped;
  if (await readMeta(db, 'connection'))
    return fail('Throughline is connected to a context API. Disconnect before importing a file.');
  const after = stamped.rows;
  const [before, standalone, recent, recentNow] = await Promise.all([
    storedRows(db),
    readMeta(db, 'standalone'),
    recentTickets(db, now),
    recentCoverage(db, { limit: 0, now }),
  ]);
  const diff = diffRows(before, after);
  const known = knownTickets(recent, titled(before.link), titled(after.link));
  const reach = await ruleReach(
    known,
    linksInMemory(after.link),
    after.rule,
    diff.rulesAddedOrChanged,
  );
  const withWhyAfter = recent.filter((ticket) => reach.whyAfter.get(ticket.id) !== 'none').length;
  return {
    ok: true,
    preview: {
      workspace: { from: standalone?.workspaceName, to: parsed.file.workspace },
      byType: diff.byType,
      changed: diff.changed,
      leftOut: diff.leftOut,
      rules: reach.rules,
      knownTickets: known.length,
      recent: {
        total: recent.length,
        withWhyNow: recentNow.total - recentNow.counts.none,
        withWhyAfter,
      },
    },
  };
}
