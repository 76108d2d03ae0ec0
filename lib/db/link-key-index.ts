import { keyOfTicketId } from '../trackers/ticket-ids';

/**
 * Linked tickets by the key a title names them with (`pay-42`, `acme/app#42`): which ids a
 * mention can mean, answered from memory. Kept compact for 100k links: an id is stored as the
 * start it shares with other ids (`jira:acme.atlassian.net/`, kept once) and rebuilt from the key
 * when asked, so the only string held per link is its key. An id that its key and start do not
 * rebuild exactly is stored whole.
 */
export class LinkKeyIndex {
  /** Per key: one id or several, each as its start's number or the id itself. */
  private readonly byKey = new Map<string, Slot | Slot[]>();
  private readonly starts: Start[] = [];
  /** A start's number, by its text: for keys written in capitals, and in small letters. */
  private readonly upperStarts = new Map<string, number>();
  private readonly lowerStarts = new Map<string, number>();
  private count = 0;

  /** How many ids it holds. */
  get size(): number {
    return this.count;
  }

  add(id: string): void {
    const { key, slot } = this.slotOf(id, true)!;
    const held = this.byKey.get(key);
    if (held === undefined) this.byKey.set(key, slot);
    else if (Array.isArray(held)) {
      if (held.includes(slot)) return;
      held.push(slot);
    } else if (held === slot) return;
    else this.byKey.set(key, [held, slot]);
    this.count += 1;
  }

  delete(id: string): void {
    const found = this.slotOf(id, false);
    const held = found && this.byKey.get(found.key);
    if (!found || held === undefined) return;
    if (!Array.isArray(held)) {
      if (held !== found.slot) return;
      this.byKey.delete(found.key);
    } else {
      const at = held.indexOf(found.slot);
      if (at < 0) return;
      held.splice(at, 1);
      if (held.length === 1) this.byKey.set(found.key, held[0]!);
    }
    this.count -= 1;
  }

  has(id: string): boolean {
    const found = this.slotOf(id, false);
    const held = found && this.byKey.get(found.key);
    if (!found || held === undefined) return false;
    return Array.isArray(held) ? held.includes(found.slot) : held === found.slot;
  }

  /** The ids held under a key (lowercase, as `mentionKeyOf` gives it). */
  idsFor(key: string): string[] {
    const held = this.byKey.get(key);
    if (held === undefined) return [];
    return (Array.isArray(held) ? held : [held]).map((slot) => this.idOf(key, slot));
  }

  /** Where an id is (or would be) held; undefined when its start is new and not to be kept. */
  private slotOf(id: string, keep: boolean): { key: string; slot: Slot } | undefined {
    const written = keyOfTicketId(id);
    const key = written.toLowerCase();
    const upper = written !== key;
    // The key gives the id back only if it is written all in capitals or all in small letters.
    if (!id.endsWith(written) || (upper && key.toUpperCase() !== written)) return { key, slot: id };
    const prefix = id.slice(0, id.length - written.length);
    const numbers = upper ? this.upperStarts : this.lowerStarts;
    let number = numbers.get(prefix);
    if (number === undefined && !keep) return undefined;
    if (number === undefined) {
      number = this.starts.push({ prefix, upper }) - 1;
      numbers.set(prefix, number);
    }
    return { key, slot: number };
  }

  private idOf(key: string, slot: Slot): string {
    return typeof slot === 'string' ? slot : rebuilt(this.starts[slot]!, key);
  }
}

function rebuilt(start: Start, key: string): string {
  return start.prefix + (start.upper ? key.toUpperCase() : key);
}

/** The number of a shared start, or a whole id. */
type Slot = number | string;

/** What ids share before their key, and whether the key is written in capitals there. */
interface Start {
  prefix: string;
  upper: boolean;
}
