// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupBody } from '../../../components/popup/PopupApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { ENTITIES_VERSION_KEY } from '../../../lib/db/entities-version';
import { SNAPSHOT_KEY } from '../../../lib/search/entity-snapshot';
import { freshPopupWorld, seedDemo } from './popup-fixture';

const NO_TICKET = { state: 'none' } as const;

async function searchFor(text: string) {
  const box = screen.getByRole('combobox');
  fireEvent.change(box, { target: { value: text } });
  return box;
}

const selectedOption = () =>
  screen.getAllByRole('option').find((option) => option.getAttribute('aria-selected') === 'true');

describe('popup search', () => {
  let db: ThroughlineDb;
  beforeEach(async () => {
    ({ db } = await freshPopupWorld());
  });
  afterEach(cleanup);

  it('focuses the search box, a combobox, when the popup opens', () => {
    render(<PopupBody active={NO_TICKET} />);
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });

  it('finds the activation goal by a misspelt word and opens it with Enter', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    const box = await searchFor('activaton');
    const goal = await screen.findByRole('option', { name: /^Raise week-1 activation to 45%,/ });
    expect(goal.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('group', { name: 'Goals' })).toBeTruthy();

    fireEvent.keyDown(box, { key: 'Enter' });
    const heading = await screen.findByRole('heading', { name: 'Raise week-1 activation to 45%' });
    expect(document.activeElement).toBe(heading);
    expect(
      await screen.findByRole('button', { name: 'Guided setup for new workspaces' }),
    ).toBeTruthy();
  });

  it('moves through results with the arrow keys, across groups', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    const box = await searchFor('activation');
    await screen.findByRole('option', { name: /^Raise week-1 activation/ });
    const first = selectedOption();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = selectedOption();
    expect(second).not.toBe(first);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(selectedOption()).toBe(first);
  });

  it('opens an intent with its goal, mission and linked tickets, and Escape returns to the results', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    await searchFor('guided setp');
    const intent = await screen.findByRole('option', { name: /^Guided setup for new workspaces,/ });
    fireEvent.click(intent);

    const page = await screen.findByRole('region', { name: 'Guided setup for new workspaces' });
    expect(
      within(page).getByRole('button', { name: 'Raise week-1 activation to 45%' }),
    ).toBeTruthy();
    expect(
      within(page).getByRole('button', { name: 'Make self-serve the default path to value' }),
    ).toBeTruthy();
    const tickets = await within(page).findByRole('region', { name: /Linked tickets/ });
    expect(within(tickets).getByText('octolinker/testrepo#2')).toBeTruthy();

    fireEvent.keyDown(page, { key: 'Escape' });
    expect(await screen.findByRole('option', { name: /^Guided setup/ })).toBeTruthy();
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('guided setp');
  });

  it('opens a ticket found by its key in a new tab', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    const box = await searchFor('PAY-42');
    const ticket = await screen.findByRole('option', { name: /^PAY-42 / });
    expect(ticket.getAttribute('aria-selected')).toBe('true');
    expect(within(screen.getAllByRole('group')[0]!).getByText('PAY-42')).toBeTruthy();

    fireEvent.keyDown(box, { key: 'Enter' });
    await expect
      .poll(async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url))
      .toContain('https://acme.atlassian.net/browse/PAY-42');
  });

  it('clears the query with Escape and shows the home sections again', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    const box = await searchFor('activation');
    await screen.findByRole('option', { name: /^Raise week-1 activation/ });
    expect(screen.queryByRole('region', { name: 'Needs attention' })).toBeNull();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('region', { name: 'Needs attention' })).toBeTruthy();
  });

  it('says when nothing matches, and asks for a second letter', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    await searchFor('zzqxv');
    expect(await screen.findByText('Nothing matches “zzqxv”.')).toBeTruthy();
    await searchFor('a');
    expect(await screen.findByText(/Keep typing/)).toBeTruthy();
  });

  it('says it is reading, not that nothing matches, while a worker that just started indexes', async () => {
    await seedDemo(db);
    // What a worker saved earlier, current but knowing none of the words typed: its first
    // answer is empty, and only the index, once built, forgives the typo.
    const version = await db.meta.get(ENTITIES_VERSION_KEY);
    await db.meta.put({
      key: SNAPSHOT_KEY,
      value: {
        format: 2,
        entitiesVersion: version!.value,
        locale: 'en',
        columns: JSON.stringify({
          kinds: ['bucket'],
          ids: ['zebra'],
          titles: ['Zebras'],
          details: [null],
          owners: [null],
          words: ['zebras'],
        }),
      },
    });
    render(<PopupBody active={NO_TICKET} />);
    const said = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const status of screen.queryAllByRole('status')) said.add(status.textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await searchFor('activaton');
    expect(await screen.findByRole('option', { name: /^Raise week-1 activation/ })).toBeTruthy();
    observer.disconnect();
    expect(said).toContain('Reading the local context…');
    expect([...said].filter((text) => text.includes('Nothing'))).toEqual([]);
  });

  it('says there is nothing to search before the first sync', async () => {
    render(<PopupBody active={NO_TICKET} />);
    await searchFor('activation');
    expect(await screen.findByText(/Nothing to search yet/)).toBeTruthy();
  });

  it('shows a result added by a sync while the popup is open', async () => {
    await seedDemo(db);
    render(<PopupBody active={NO_TICKET} />);
    await searchFor('quokka');
    expect(await screen.findByText('Nothing matches “quokka”.')).toBeTruthy();
    const goal = await db.goals.get('activation');
    await db.goals.put({ ...goal!, id: 'quokkas', title: 'Count the quokkas' });
    expect(await screen.findByRole('option', { name: /^Count the quokkas/ })).toBeTruthy();
  });

  it('renders remote text with markup as plain text', async () => {
    await seedDemo(db);
    const goal = await db.goals.get('activation');
    await db.goals.put({ ...goal!, title: '<img src=x onerror=alert(1)>Quokka goal' });
    render(<PopupBody active={NO_TICKET} />);
    await searchFor('quokka');
    expect(
      await screen.findByRole('option', { name: /^<img src=x onerror=alert\(1\)>Quokka goal,/ }),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
