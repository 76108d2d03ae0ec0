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
      if (!linkedBy || linkedBy === CONTEXT_FILE_LINKER) return 'Tagged in the context file';
      const day = new Date(linkedAt);
      const when = Number.isNaN(day.getTime())
        ? ''
        : `, ${new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(day)}`;
      return `Tagged by ${linkedBy}${when}`;
    }
    case 'via':
      return `via ${provenance.key}`;
    case 'rule':
      return `By rule: ${provenance.name}`;
  }
}
