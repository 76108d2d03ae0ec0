import { i18n } from '#i18n';
import { formatDayMonth } from '../i18n/format';

/** What the server records as `linkedBy` for links that came from the context file. */
export const CONTEXT_FILE_LINKER = 'import';

/** Where a ticket's context comes from, as every surface names it (DESIGN.md "provenance"). */
export type Provenance =
  | { source: 'tagged'; linkedBy?: string; linkedAt: string }
  | { source: 'via'; key: string }
  | { source: 'rule'; name: string };

/**
 * "Tagged by Dana, 3 Nov", "Tagged in the context file", "via PAY-42", "By rule: Billing repo
 * serves self-serve". Dates in the reader's locale.
 */
export function provenanceText(provenance: Provenance, locale?: string): string {
  switch (provenance.source) {
    case 'tagged': {
      const { linkedBy, linkedAt } = provenance;
      if (!linkedBy || linkedBy === CONTEXT_FILE_LINKER) return i18n.t('provenance.contextFile');
      const day = new Date(linkedAt);
      return Number.isNaN(day.getTime())
        ? i18n.t('provenance.taggedBy', [linkedBy])
        : i18n.t('provenance.taggedByOn', [linkedBy, formatDayMonth(day, locale)]);
    }
    case 'via':
      return i18n.t('provenance.via', [provenance.key]);
    case 'rule':
      return i18n.t('provenance.rule', [provenance.name]);
  }
}
