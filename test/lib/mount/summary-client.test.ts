import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSummaryClient } from '../../../lib/mount/summary-client';
import type { TicketSummary } from '../../../lib/summary/ticket-summary';
import { pageWord, rememberPageWords } from '../../../lib/mount/page-words';
import { englishPageWords } from './english-page-words';

// The content script's side of summary.watch, against the browser's message API (in memory).

const ID = 'jira:acme.atlassian.net/PAY-42';

describe('asking the worker for a ticket’s summary', () => {
  let stop: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    vi.restoreAllMocks();
  });

  it('asks again while the worker does not yet see this page’s URL, then draws its answer', async () => {
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      asked.push(message);
      if (asked.length < 2)
        throw new Error('The message port closed before a response was received.');
      return { summary: { ticketId: ID, goal: 'Grow', extra: '<b>' } };
    });
    const got: TicketSummary[] = [];
    createSummaryClient((summary) => got.push(summary), stop.signal).watch(ID, 'Retry cards');
    await vi.waitFor(() => expect(got).toEqual([{ ticketId: ID, goal: 'Grow' }]));
    expect(asked[0]).toEqual({
      throughline: 1,
      name: 'summary.watch',
      payload: { ticketId: ID, title: 'Retry cards' },
    });
  });

  it('keeps the words the worker sends with its answer, for drawing in the reader’s language', async () => {
    const words = { ...englishPageWords(), notLinked: 'Nicht verknüpft' };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({
      summary: { ticketId: ID },
      words,
    }));
    const got: TicketSummary[] = [];
    createSummaryClient((summary) => got.push(summary), stop.signal).watch(ID, undefined);
    await vi.waitFor(() => expect(got).toHaveLength(1));
    expect(pageWord('notLinked')).toBe('Nicht verknüpft');
    rememberPageWords('not words'); // the last ones stay
    expect(pageWord('notLinked')).toBe('Nicht verknüpft');
    rememberPageWords({ notLinked: 7, noFit: 'x'.repeat(301) }); // each is checked as it is used
    expect([pageWord('notLinked'), pageWord('noFit')]).toEqual(['', '']);
  });

  it('never throws into the page, even when the extension was reloaded under it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const got: TicketSummary[] = [];
    const client = createSummaryClient((summary) => got.push(summary), stop.signal);
    client.watch(ID, undefined);
    client.unwatch();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(got).toEqual([]);
  });

  it('tells the worker it stopped watching only when it watched something', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push((message as { name?: unknown }).name);
      return { summary: { ticketId: ID } };
    });
    const client = createSummaryClient(() => undefined, stop.signal);
    client.unwatch(); // a list page: no ticket was ever shown
    client.watch(ID, undefined);
    await vi.waitFor(() => expect(sent).toEqual(['summary.watch']));
    client.unwatch();
    client.unwatch();
    expect(sent).toEqual(['summary.watch', 'summary.unwatch']);
  });

  it('draws the changes the worker sends, and nothing another extension sends', async () => {
    const got: TicketSummary[] = [];
    createSummaryClient((summary) => got.push(summary), stop.signal);
    const changed = (sender: { id?: string }, kind = 'summary') =>
      fakeBrowser.runtime.onMessage.trigger(
        {
          throughline: 1,
          name: 'summaries.changed',
          payload: { kind, summaries: [{ ticketId: ID }] },
        },
        sender,
        () => undefined,
      );
    await changed({ id: 'someone-else' });
    await changed({ id: fakeBrowser.runtime.id }, 'marks');
    await changed({ id: fakeBrowser.runtime.id });
    expect(got).toEqual([{ ticketId: ID }]);
  });
});
