// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://github.com/acme/app/issues"}
import type { TrackerAdapter } from '../../../lib/trackers/adapter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followTickets } from '../../../lib/mount/follow-tickets';
import { TITLE_RETRY_DELAYS_MS } from '../../../lib/mount/read-title-when-rendered';
import type { TicketView } from '../../../lib/mount/ticket-surfaces';
import type { FrameTicket } from '../../../lib/sidebar/ticket-hash';
import { githubTracker } from '../../../lib/trackers/github';
import { jiraTracker } from '../../../lib/trackers/jira';

/** Records what the follower asks of the view (the real one is tested in ticket-surfaces.test.ts). */
function recordingFrame() {
  const calls: (FrameTicket | 'removed')[] = [];
  const frame: TicketView = {
    show: (ticket) => calls.push({ ...ticket }),
    remove: () => calls.push('removed'),
  };
  return { frame, calls, last: () => calls.at(-1) };
}

/** Renders the React issue header as github.com does, for issue `n`. */
function renderIssue(n: number, title: string) {
  const heading = document.createElement('h1');
  heading.dataset.component = 'PH_Title';
  const text = document.createElement('bdi');
  text.className = 'markdown-title';
  text.textContent = title;
  const number = document.createElement('span');
  number.textContent = `#${n}`;
  heading.append(text, number);
  document.body.replaceChildren(heading);
}

const issue = (n: number) => `https://github.com/acme/app/issues/${n}`;

describe('following tickets across in-app navigation', () => {
  let stop: AbortController;
  beforeEach(() => {
    stop = new AbortController();
    document.body.replaceChildren();
    document.title = 'GitHub';
  });
  afterEach(() => {
    stop.abort();
    vi.useRealTimers();
  });

  const follower = (view: TicketView, tracker: TrackerAdapter = githubTracker, hosts = {}) =>
    followTickets({ tracker, view, hosts, win: window, signal: stop.signal });

  it('shows the ticket with the title the page renders', () => {
    const { frame, calls } = recordingFrame();
    renderIssue(42, 'Checkout fails');
    follower(frame)(issue(42));
    expect(calls).toEqual([
      {
        id: 'github:github.com/acme/app#42',
        key: 'acme/app#42',
        url: issue(42),
        title: 'Checkout fails',
      },
    ]);
  });

  it('moves to another ticket, and removes the frame on a page without one', () => {
    const { frame, calls, last } = recordingFrame();
    const follow = follower(frame);
    follow(issue(1));
    follow(issue(2));
    expect(last()).toMatchObject({ id: 'github:github.com/acme/app#2' });
    follow('https://github.com/acme/app/issues');
    expect(last()).toBe('removed');
    expect(calls).toHaveLength(3);
  });

  it("leaves the frame alone when only the URL's tab or anchor changes", () => {
    const { frame, calls } = recordingFrame();
    const follow = follower(frame);
    follow('https://github.com/acme/app/pull/43');
    follow('https://github.com/acme/app/pull/43/files');
    follow('https://github.com/acme/app/pull/43#discussion_r1');
    expect(calls).toHaveLength(1);
  });

  it("never shows the previous ticket's title for the new one, and reads the new title once rendered", async () => {
    vi.useFakeTimers();
    const { frame, calls, last } = recordingFrame();
    const follow = follower(frame);
    renderIssue(1, 'First issue');
    follow(issue(1));
    // The router pushed issue 2 but the page still shows issue 1, without a number this time.
    document.querySelector('span')?.remove();
    follow(issue(2));
    expect(last()).toEqual({
      id: 'github:github.com/acme/app#2',
      key: 'acme/app#2',
      url: issue(2),
    });
    await vi.advanceTimersByTimeAsync(TITLE_RETRY_DELAYS_MS[1]);
    renderIssue(2, 'Second issue');
    await vi.advanceTimersByTimeAsync(TITLE_RETRY_DELAYS_MS.at(-1)!);
    expect(last()).toMatchObject({ id: 'github:github.com/acme/app#2', title: 'Second issue' });
    expect(
      calls.some((c) => c !== 'removed' && c.id.endsWith('#2') && c.title === 'First issue'),
    ).toBe(false);
  });

  it('picks the title up from the tab title as soon as the page retitles it', async () => {
    const { frame, last } = recordingFrame();
    follower(frame)(issue(5));
    expect((last() as FrameTicket).title).toBeUndefined();
    document.title = 'Five · Issue #5 · acme/app · GitHub';
    await Promise.resolve(); // mutation observers run as microtasks
    expect(last()).toMatchObject({ title: 'Five' });
  });

  it('gives up reading a title that never comes, after a bounded number of tries', async () => {
    vi.useFakeTimers();
    const read = vi.spyOn(githubTracker, 'readTitle');
    const { frame } = recordingFrame();
    follower(frame)(issue(6));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(read.mock.calls.length).toBeLessThanOrEqual(TITLE_RETRY_DELAYS_MS.length + 2);
    read.mockRestore();
  });

  it('stops reading the old title when the page moves on', async () => {
    vi.useFakeTimers();
    const { frame, last } = recordingFrame();
    const follow = follower(frame);
    follow(issue(7));
    follow('https://github.com/acme/app/issues');
    renderIssue(7, 'Seven');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(last()).toBe('removed');
  });

  it('recognises self-hosted hosts it is given, and no others', () => {
    const { frame, calls } = recordingFrame();
    follower(frame, jiraTracker, { jiraHosts: ['jira.example.com'] })(
      'https://jira.example.com/jira/browse/DC-8',
    );
    follower(frame, jiraTracker)('https://jira.other.com/browse/DC-8');
    expect(calls).toEqual([
      {
        id: 'jira:jira.example.com/DC-8',
        key: 'DC-8',
        url: 'https://jira.example.com/jira/browse/DC-8',
      },
      'removed',
    ]);
  });

  it('removes the frame instead of throwing when the page cannot be read', () => {
    const { frame, last } = recordingFrame();
    const broken = {
      ...githubTracker,
      readTitle: () => {
        throw new Error('hostile page');
      },
    };
    expect(() => follower(frame, broken)(issue(8))).not.toThrow();
    expect(last()).toBe('removed');
  });

  it('ignores hostile URLs', () => {
    const { frame, calls } = recordingFrame();
    const follow = follower(frame);
    expect(() =>
      follow(`https://github.com/acme/app/issues/1?q=${'x'.repeat(1 << 20)}`),
    ).not.toThrow();
    expect(() => follow('javascript:alert(1)')).not.toThrow();
    expect(calls).toEqual(['removed', 'removed']);
  });
});
