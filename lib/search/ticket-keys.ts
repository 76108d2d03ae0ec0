/**
 * Ticket keys (`pay-42`, `acme/app#42`) and canonical ids, lowercased, for exact and prefix
 * lookups. Kept out of the text index on purpose: a project's keys are thousands of distinct
 * terms, and a prefix like "pay" would score every one of them on each keystroke, where a binary
 * search over the sorted keys costs microseconds.
 */
export class TicketKeys {
  private readonly ids = new Map<string, Set<string>>();
  private sorted: string[] | undefined;

  add(key: string, docId: string): void {
    let ids = this.ids.get(key);
    if (!ids) {
      this.ids.set(key, (ids = new Set()));
      this.sorted = undefined;
    }
    ids.add(docId);
  }

  delete(key: string, docId: string): void {
    const ids = this.ids.get(key);
    if (!ids?.delete(docId) || ids.size > 0) return;
    this.ids.delete(key);
    this.sorted = undefined;
  }

  exact(key: string): string[] {
    return [...(this.ids.get(key) ?? [])];
  }

  /** Documents whose key starts with `prefix`, shortest keys first (PAY-4, PAY-40, …, PAY-400). */
  withPrefix(prefix: string, limit: number): string[] {
    this.sorted ??= [...this.ids.keys()].sort(byLengthThenText);
    const found: string[] = [];
    // Keys of one length are contiguous and sorted: binary-search each length's run.
    for (let start = 0; start < this.sorted.length && found.length < limit;) {
      const length = this.sorted[start]!.length;
      const end = runEnd(this.sorted, start, length);
      if (length >= prefix.length) {
        for (let i = lowerBound(this.sorted, prefix, start, end); i < end; i++) {
          const key = this.sorted[i]!;
          if (!key.startsWith(prefix)) break;
          found.push(...(this.ids.get(key) ?? []));
          if (found.length >= limit) break;
        }
      }
      start = end;
    }
    return found.slice(0, limit);
  }
}

function byLengthThenText(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** First index after `start` whose key is longer than `length`. */
function runEnd(sorted: readonly string[], start: number, length: number): number {
  let low = start;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.length <= length) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index in [start, end) whose key is not below `prefix`. */
function lowerBound(sorted: readonly string[], prefix: string, start: number, end: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}
