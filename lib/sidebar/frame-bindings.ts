import { detectTicket } from '../detect';
import type { TrackerUrlOptions } from '../trackers/types';

/** What the browser tells the worker about who sent a message or opened a port. */
export interface FrameSender {
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

interface Grant {
  token: string;
  tabId: number;
  /** The frame of the content script that asked for it. */
  contentFrameId: number;
  ticketId: string;
  issuedAt: number;
  /** The sidebar frame that first presented the token; only it may use the token after. */
  boundFrameId?: number;
}

/** A token nobody presented within this time is void: the frame loads in well under a second. */
const UNUSED_TOKEN_MS = 60_000;
const MAX_GRANTS = 1_000;

/**
 * Binds each sidebar frame to the content script that made it (issue 14). The content script asks
 * for a token for the ticket its own page shows; it puts the token in the frame's URL; the frame
 * presents it over its port; the first frame of that tab to present it is bound to it, and from then
 * on only that frame, and only for that ticket, is answered. A frame that anyone else embeds (a
 * third-party iframe inside a tracker page) has no token and gets nothing. Bindings survive the
 * worker being stopped through `persist` (storage.session in the browser).
 */
export class FrameBindings {
  private grants: Grant[] | undefined;

  constructor(
    private readonly persist: {
      load(): Promise<unknown>;
      save(grants: unknown): Promise<void>;
    } = { load: async () => [], save: async () => undefined },
    private readonly now: () => number = Date.now,
    private readonly newToken: () => string = () => crypto.randomUUID(),
  ) {}

  /** A token for the content script `sender`, if its page shows `ticketId`; undefined otherwise. */
  async issue(
    sender: FrameSender,
    ticketId: string,
    hosts: TrackerUrlOptions,
  ): Promise<string | undefined> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return undefined;
    if (!pageShows(sender, ticketId, hosts)) return undefined;
    const grants = (await this.load()).filter(
      (g) => !(g.tabId === tabId && g.contentFrameId === sender.frameId),
    );
    const token = this.newToken();
    grants.push({ token, tabId, contentFrameId: sender.frameId, ticketId, issuedAt: this.now() });
    await this.save(grants.slice(-MAX_GRANTS));
    return token;
  }

  /** Whether the sidebar frame `sender` may show `ticketId` with `token`; binds it on first use. */
  async accept(token: string, ticketId: string, sender: FrameSender): Promise<boolean> {
    const grants = await this.load();
    const grant = grants.find((g) => g.token === token);
    if (!grant || grant.ticketId !== ticketId) return false;
    if (sender.tab?.id !== grant.tabId || sender.frameId === undefined) return false;
    if (grant.boundFrameId !== undefined) return grant.boundFrameId === sender.frameId;
    if (this.now() - grant.issuedAt > UNUSED_TOKEN_MS) return false;
    grant.boundFrameId = sender.frameId;
    await this.save(grants);
    return true;
  }

  /** The ticket the sidebar frame `sender` is bound to, if any. */
  async boundTicket(sender: FrameSender): Promise<string | undefined> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return undefined;
    return (await this.load()).findLast(
      (g) => g.tabId === tabId && g.boundFrameId === sender.frameId,
    )?.ticketId;
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.save((await this.load()).filter((g) => g.tabId !== tabId));
  }

  private async load(): Promise<Grant[]> {
    if (!this.grants) {
      const stored = await this.persist.load().catch(() => []);
      this.grants = Array.isArray(stored) ? (stored as Grant[]) : [];
    }
    return this.grants;
  }

  private async save(grants: Grant[]): Promise<void> {
    this.grants = grants;
    await this.persist.save(grants).catch(() => undefined);
  }
}

/**
 * Whether the sender's own page shows `ticketId`: its frame's URL, or the tab's for a top frame.
 * Either may lag an in-app navigation (in Chromium, seen in e2e, a content script's `sender.url`
 * still named the previous ticket when the tab's URL had moved on), so the ticket of either counts.
 */
export function pageShows(
  sender: FrameSender,
  ticketId: string,
  hosts: TrackerUrlOptions,
): boolean {
  const urls = [sender.url, sender.frameId === 0 ? sender.tab?.url : undefined];
  return urls.some((url) => url !== undefined && detectTicket(url, hosts)?.id === ticketId);
}
