// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { readMeta } from '../../../lib/db/meta';
import { importContextFile } from '../../../lib/standalone/import';
import { BAD_STATUS_YAML, DEMO_YAML } from '../../lib/standalone/context-files';
import { everything, freshOptionsWorld } from './options-fixture';
import { recordRecentTicket } from '../../../lib/recent/record';

/** The preview parses and reads the store in the worker: on a busy machine, over findBy's 1 s. */
const SLOW = { timeout: 10_000 };

function choose(text: string, name: string, size?: number) {
  const file = new File([text], name, { type: 'application/yaml' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('Context file'), { target: { files: [file] } });
}

describe('options page: standalone import', () => {
  let db: ThroughlineDb;
  beforeEach(async () => {
    ({ db } = await freshOptionsWorld());
  });
  afterEach(cleanup);

  it('imports a chosen context file after its preview, and says what it holds', async () => {
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose(DEMO_YAML, 'demo.yaml');
    const preview = await screen.findByRole('region', { name: 'Preview of demo.yaml' }, SLOW);
    // Nothing imported yet: only the entities' version label, which emptying the store moved.
    expect(await db.meta.toCollection().primaryKeys()).toEqual(['entitiesVersion']);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText(
        /^Imported Acme: 4 buckets, 4 missions, 7 goals, 15 intents, 20 linked tickets, 6 rules/,
        {},
        SLOW,
      ),
    ).toBeTruthy();
    expect(await screen.findByText(/Using/)).toBeTruthy();
    expect((await readMeta(db, 'standalone'))?.fileName).toBe('demo.yaml');
    expect(screen.getByRole('button', { name: 'Export as context file' })).toBeTruthy();
  });

  it('imports a file dropped on the drop zone', async () => {
    render(<OptionsApp />);
    const zone = (await screen.findByLabelText('Context file')).closest('.drop-zone')!;
    const file = new File([DEMO_YAML], 'dropped.yaml', { type: 'application/yaml' });
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }, SLOW));
    await expect
      .poll(async () => (await readMeta(db, 'standalone'))?.fileName)
      .toBe('dropped.yaml');
  });

  it('shows the line and path of each problem in a malformed file, and changes nothing', async () => {
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    const before = await everything(db);
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose(BAD_STATUS_YAML, 'bad.yaml');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('bad.yaml was not imported. Nothing changed.')).toBeTruthy();
    expect(within(alert).getByText('Line 9, missions[0].goals[0].status:')).toBeTruthy();
    expect(await everything(db)).toEqual(before);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose(DEMO_YAML, 'huge.yaml', 6 * 1024 * 1024);
    expect((await screen.findByRole('alert')).textContent).toMatch(/6\.0 MB; the limit is 5 MB/);
    // Only the entities' version label, which emptying the store for this test moved.
    expect(await db.meta.toCollection().primaryKeys()).toEqual(['entitiesVersion']);
  });

  it('previews a file that replaces an imported context, and changes nothing on Cancel', async () => {
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    const before = await everything(db);
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose('workspace: Other\n', 'other.yaml');
    const preview = await screen.findByRole('region', { name: 'Preview of other.yaml' }, SLOW);
    expect(within(preview).getByText('Workspace: Acme → Other')).toBeTruthy();
    expect(within(preview).getByText(/replaces the context imported before/)).toBeTruthy();
    const table = within(preview).getByRole('table', { name: 'What would change' });
    expect(
      within(within(table).getByRole('row', { name: /^Rules/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '0', '6', '0']);
    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Preview of other.yaml' })).toBeNull();
    expect(await everything(db)).toEqual(before);
  });

  it('shows how many of the tickets known here each new rule would catch', async () => {
    await recordRecentTicket(db, { id: 'linear:acme/OPS-3', title: 'Renew certificates' });
    await recordRecentTicket(db, { id: 'github:github.com/acme/billing#7', title: 'Card retries' });
    await recordRecentTicket(db, { id: 'jira:acme.atlassian.net/WEB-1', title: 'Pricing page' });
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose(DEMO_YAML, 'demo.yaml');
    const preview = await screen.findByRole('region', { name: 'Preview of demo.yaml' }, SLOW);
    const rules = within(preview).getByRole('list', { name: 'New and changed rules' });
    const line = (name: string) =>
      within(rules)
        .getAllByRole('listitem')
        .find((item) => item.textContent?.startsWith(name))?.textContent;
    expect(line('The Linear OPS team keeps the lights on')).toBe(
      'The Linear OPS team keeps the lights on (added): catches 1 ticket; 1 would take its why from it',
    );
    expect(line('Billing repository serves smart retries')).toMatch(/catches 1 ticket; 1 would/);
    expect(line('Flaky tests go to the quarantine work')).toMatch(/catches 0 tickets$/);
    expect(within(preview).getByText(/Counted over the 23 tickets known here/)).toBeTruthy();
    expect(
      within(preview).getByText(
        'Your recent tickets with a why: 0 now, 2 after the import (of 3).',
      ),
    ).toBeTruthy();
    const changes = within(preview).getByRole('list', { name: 'Changes' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain('Added rule: Every Acme repository on GitLab counts as quality');
  });

  it('removes the imported context after asking', async () => {
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove imported context…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await expect.poll(() => readMeta(db, 'standalone')).toBeUndefined();
    expect(await db.links.count()).toBe(0);
  });
});
