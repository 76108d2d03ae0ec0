// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { ThroughlineDb } from '../../../lib/db/database';
import { readMeta } from '../../../lib/db/meta';
import { importContextFile } from '../../../lib/standalone/import';
import { BAD_STATUS_YAML, DEMO_YAML } from '../../lib/standalone/context-files';
import { everything, freshOptionsWorld } from './options-fixture';

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

  it('imports a chosen context file and says what it holds', async () => {
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose(DEMO_YAML, 'demo.yaml');
    expect(
      await screen.findByText(
        /^Imported Acme: 4 buckets, 4 missions, 7 goals, 15 intents, 20 linked tickets, 6 rules/,
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
    fireEvent.click(await screen.findByRole('button', { name: 'Replace' }));
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

  it('asks before a new file replaces an imported context', async () => {
    await importContextFile(db, DEMO_YAML, 'demo.yaml');
    render(<OptionsApp />);
    await screen.findByLabelText('Context file');
    choose('workspace: Other\n', 'other.yaml');
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace Acme?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await readMeta(db, 'standalone'))?.workspaceName).toBe('Acme');
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
