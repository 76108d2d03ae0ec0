// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TagBar } from '../../../components/sidebar/TagBar';
import { applyPage } from '../../../lib/db/apply-changes';
import { contextFor } from '../../../lib/db/context';
import { openDb } from '../../../lib/db/database';
import { writeMeta } from '../../../lib/db/meta';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createMessageRouter } from '../../../lib/messaging/router';
import { demoChanges } from '../../lib/db/make-db';

const ORIGIN = 'chrome-extension://throughline-test/';
const TICKET = 'jira:acme.atlassian.net/PAY-7';
const FRAME_TICKET = {
  id: TICKET,
  key: 'PAY-7',
  title: 'Retry cards',
  url: 'https://acme.atlassian.net/browse/PAY-7',
};

describe('tagging from the sidebar', () => {
  const db = openDb();

  beforeAll(() => {
    // The worker's real router and handlers, answering the sidebar frame as the browser would.
    const route = createMessageRouter(
      'ext',
      ORIGIN,
      createHandlers(db, async () => ({ ok: true })),
    );
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const reply = route(message, { id: 'ext', url: `${ORIGIN}sidebar.html` });
      if (!reply) return false;
      void reply.then(sendResponse);
      return true;
    });
  });
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await applyPage(db, demoChanges(), 'c1');
    await writeMeta(db, 'connection', {
      apiUrl: 'https://api.example.com',
      token: 't',
      workspaceId: 'w',
      workspaceName: 'Acme',
      userName: 'Ana',
      connectedAt: '2026-11-01T10:00:00.000Z',
    });
  });
  afterEach(cleanup);

  it('tags by keyboard: T, type part of the goal, Enter', async () => {
    render(<TagBar ticket={FRAME_TICKET} link={undefined} />);
    fireEvent.keyDown(window, { key: 't' });
    const input = await screen.findByRole('combobox'); // its code loads after the first paint
    fireEvent.change(input, { target: { value: 'activation' } });
    expect(await screen.findByRole('option', { name: /Guided setup/ })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/Tagged to Guided setup/)).toBeTruthy();
    const link = await db.links.get(TICKET);
    expect(link).toMatchObject({
      intentId: 'i1',
      pending: 'set',
      title: 'Retry cards',
      linkedBy: 'Ana',
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it('says "No intent fits…" with a note, as its own kind of tag', async () => {
    render(<TagBar ticket={FRAME_TICKET} link={undefined} />);
    fireEvent.keyDown(window, { key: 't' });
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: 'escalation' } });
    fireEvent.click(await screen.findByRole('option', { name: /^No intent fits…/ }));
    const note = screen.getByLabelText('Why does no intent fit? (optional)');
    fireEvent.change(note, { target: { value: '  Customer escalation, no goal covers it ' } });
    fireEvent.submit(note);
    expect(await screen.findByText('Marked: no intent fits.')).toBeTruthy();
    const link = await db.links.get(TICKET);
    expect(link).toMatchObject({
      noFit: true,
      note: 'Customer escalation, no goal covers it',
      pending: 'set',
    });
    expect(link?.intentId).toBeUndefined();
    const [queued] = await db.outbox.toArray();
    expect(queued?.mutation).toMatchObject({
      type: 'link.set',
      args: { ticketId: TICKET, noFit: true, note: 'Customer escalation, no goal covers it' },
    });
  });

  it('tags a query pasted in one go and Enter pressed before its results arrive', async () => {
    render(<TagBar ticket={FRAME_TICKET} link={undefined} />);
    fireEvent.keyDown(window, { key: 't' });
    const input = await screen.findByRole('combobox', { name: 'Tag this ticket' });
    // The empty query's buckets are listed (and one highlighted) before the paste.
    await screen.findByRole('option', { name: /Keep the lights on/ });
    fireEvent.change(input, { target: { value: 'guided setup' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/Tagged to Guided setup/)).toBeTruthy();
    expect(await db.links.get(TICKET)).toMatchObject({ intentId: 'i1', pending: 'set' });
  });

  it('tags from a 3,000-character board URL, keeping the board without its query', async () => {
    const board = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12';
    const url = `${board}?selectedIssue=PAY-7&jql=${'x'.repeat(3000)}`.slice(0, 3000);
    render(<TagBar ticket={{ ...FRAME_TICKET, url }} link={undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: 'activation' } });
    fireEvent.click(await screen.findByRole('option', { name: /Guided setup/ }));
    expect(await screen.findByText(/Tagged to Guided setup/)).toBeTruthy();
    expect(await db.links.get(TICKET)).toMatchObject({ intentId: 'i1', url: board });
  });

  it('undoes a first tag by clearing it', async () => {
    render(<TagBar ticket={FRAME_TICKET} link={undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: 'keep the lights' } });
    fireEvent.click(await screen.findByRole('option', { name: /Keep the lights on/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await expect.poll(() => contextFor(db, TICKET)).toBeNull();
  });

  it('closes the picker with Escape without tagging', async () => {
    render(<TagBar ticket={FRAME_TICKET} link={undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
    fireEvent.keyDown(await screen.findByRole('combobox'), { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(await db.outbox.count()).toBe(0);
  });

  it('says so when nothing matches', async () => {
    render(<TagBar ticket={FRAME_TICKET} link={undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /^Tag/ }));
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: 'zzzzqqq' } });
    expect(await screen.findByText(/Nothing matches/)).toBeTruthy();
  });
});
