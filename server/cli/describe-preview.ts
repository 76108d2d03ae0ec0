import { ENTITY_TYPES } from '../../lib/schema/entities';
import type { ImportPreview } from '../import/preview';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lines `import FILE --dry-run` prints: per type, then each new or changed rule's reach. */
export function describePreview(preview: ImportPreview): string[] {
  const { workspace, byType, rules, knownTickets } = preview;
  const lines = [`Dry run: nothing was changed. Importing "${workspace.to}" would change:`];
  if (workspace.from !== workspace.to)
    lines.push(`  workspace: renamed from "${workspace.from}" to "${workspace.to}"`);
  for (const type of ENTITY_TYPES) {
    const { created, updated, deleted, unchanged } = byType[type];
    lines.push(
      `  ${type}: ${created} created, ${updated} updated, ${deleted} deleted, ${unchanged} unchanged`,
    );
  }
  if (rules.length === 0) return lines;
  lines.push(
    `New or changed rules, and how many of the ${plural(knownTickets, 'ticket')} the server knows each would catch:`,
  );
  for (const rule of rules)
    lines.push(
      `  ${rule.change} rule ${rule.id} "${rule.name}": ${plural(rule.catches, 'ticket')}`,
    );
  return lines;
}
