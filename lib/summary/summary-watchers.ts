import { liveQuery, type Subscription } from 'dexie';
import type { FrameSender } from '../sidebar/frame-bindings';
import { SUMMARIES_CHANGED, type SummariesChanged, type WatchKind } from './summary-messages';
import type { TicketSummary } from './ticket-summary';

export interface WatchedTicket {
  id: string;
  title?: string;
}

interface Watcher {
  tabId: number;
  frameId: number;
  kind: WatchKind;
  tickets: WatchedTicket[];
}

interface Live {
  subscription: Subscription;
  /** What the content script was last sent, per ticket, so only changes travel. */
  sent: Map<string, string>;
}

type Summaries = (tickets: WatchedTicket[]) => Promise<TicketSummary[]>;
type Send = (tabId: number, frameId: number, message: SummariesChanged) => Promise<void>;

/** Enough for every tab someone has open; the oldest watcher goes first. */
const MAX_WATCHERS = 500;

/**
 * The content scripts that show summaries, and what they show: each frame of a tab watches its
 * ticket (or, for marks, the tickets listed on its page). Its summaries are computed now and again
 * whenever the local store changes what they say (Dexie's liveQuery tracks the reads), and only the
 * ones that changed are sent. The list survives the worker being stopped through `persist`
 * (storage.session), so after a restart every open page is still kept up to date.
 */
export class SummaryWatchers {
  private watchers: Watcher[] | undefined;
  private readonly live = new Map<string, Live>();

  constructor(
    private readonly summaries: Summaries,
    private readonly send: Send,
    private readonly persist: {
      load(): Promise<unknown>;
      save(watchers: unknown): Promise<void>;
    } = { load: async () => [], save: async () => undefined },
  ) {}

  /** Watches `tickets` for the content script `sender` (replacing what it watched); answers now. */
  async watch(
    sender: FrameSender,
    kind: WatchKind,
    tickets: WatchedTicket[],
  ): Promise<TicketSummary[]> {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    if (tabId === undefined || frameId === undefined) return this.summaries(tickets);
    const watcher: Watcher = { tabId, frameId, kind, tickets };
    const others = (await this.load()).filter((w) => keyOf(w) !== keyOf(watcher));
    await this.save([...others, watcher].slice(-MAX_WATCHERS));
    return this.subscribe(watcher);
  }

  async unwatch(sender: FrameSender, kind: WatchKind): Promise<void> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return;
    const key = keyOf({ tabId, frameId: sender.frameId, kind });
    this.stop(key);
    await this.save((await this.load()).filter((w) => keyOf(w) !== key));
  }

  async forgetTab(tabId: number): Promise<void> {
    const watchers = await this.load();
    for (const watcher of watchers) if (watcher.tabId === tabId) this.stop(keyOf(watcher));
    await this.save(watchers.filter((w) => w.tabId !== tabId));
  }

  /** After the worker started again: keep every page that was watching up to date. */
  async restore(): Promise<void> {
    // What each page was last sent died with the worker, and the store may have changed since:
    // every page gets its summaries once more (pages ignore what they already show).
    for (const watcher of await this.load())
      void this.subscribe(watcher, true).catch(() => undefined);
  }

  /** Stops every live query (tests, and a worker shutting down). */
  close(): void {
    for (const key of [...this.live.keys()]) this.stop(key);
  }

  private subscribe(watcher: Watcher, announce = false): Promise<TicketSummary[]> {
    const key = keyOf(watcher);
    this.stop(key);
    const sent = new Map<string, string>();
    return new Promise((resolve, reject) => {
      let first = true;
      const subscription = liveQuery(() => this.summaries(watcher.tickets)).subscribe({
        next: (summaries) => {
          const changed = summaries.filter((summary) => {
            const json = JSON.stringify(summary);
            if (sent.get(summary.ticketId) === json) return false;
            sent.set(summary.ticketId, json);
            return true;
          });
          if (first) {
            first = false;
            resolve(summaries);
            if (!announce) return;
          }
          if (changed.length === 0) return;
          const message: SummariesChanged = {
            throughline: 1,
            name: SUMMARIES_CHANGED,
            payload: { kind: watcher.kind, summaries: changed },
          };
          // A tab that closed or left the page no longer listens: stop watching for it.
          this.send(watcher.tabId, watcher.frameId, message).catch(() => {
            this.stop(key);
            void this.load().then((all) => this.save(all.filter((w) => keyOf(w) !== key)));
          });
        },
        error: (error: unknown) => {
          if (first) reject(error);
          else console.warn('Throughline: summaries failed', error);
        },
      });
      this.live.set(key, { subscription, sent });
    });
  }

  private stop(key: string): void {
    this.live.get(key)?.subscription.unsubscribe();
    this.live.delete(key);
  }

  private async load(): Promise<Watcher[]> {
    if (!this.watchers) {
      const stored = await this.persist.load().catch(() => []);
      this.watchers = Array.isArray(stored) ? (stored as Watcher[]) : [];
    }
    return this.watchers;
  }

  private async save(watchers: Watcher[]): Promise<void> {
    this.watchers = watchers;
    await this.persist.save(watchers).catch(() => undefined);
  }
}

function keyOf(watcher: { tabId: number; frameId: number; kind: WatchKind }): string {
  return `${watcher.tabId}:${watcher.frameId}:${watcher.kind}`;
}
