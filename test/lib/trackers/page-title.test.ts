// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectTicket } from '../../../lib/detect';
import { TRACKER_SYSTEMS } from '../../../lib/trackers/registry';
import { MAX_TITLE_LENGTH } from '../../../lib/trackers/page-text';
import { TRACKERS } from '../../../lib/trackers/registry';
import type { TrackerUrlOptions } from '../../../lib/trackers/types';
import { PAGE_FIXTURES, loadPage } from './page-fixtures';

const cases = TRACKER_SYSTEMS.flatMap((system) =>
  PAGE_FIXTURES[system].map((fixture) => ({ system, ...fixture })),
);

const keyOf = (url: string, options?: TrackerUrlOptions) => {
  const ticket = detectTicket(url, options);
  if (!ticket) throw new Error(`fixture URL names no ticket: ${url}`);
  return ticket.key;
};

/** Another ticket of the same tracker, as the URL reads after an in-app navigation. */
const otherKey = (key: string) => key.replace(/\d+$/, (n) => String(Number(n) + 1000));

describe('reading the ticket title from tracker pages', () => {
  it.each(cases)(
    '$system: reads the title on the $variant',
    ({ system, file, url, options, title }) => {
      expect(TRACKERS[system].readTitle(loadPage(file), keyOf(url, options))).toBe(title);
    },
  );

  it.each(cases)(
    '$system: gives no title while the $variant still shows another ticket',
    ({ system, file, url, options }) => {
      expect(TRACKERS[system].readTitle(loadPage(file), otherKey(keyOf(url, options)))).toBe(
        undefined,
      );
    },
  );

  it.each(cases)(
    '$system: falls back to the tab title on the $variant when the page elements are missing',
    ({ system, file, url, options, title }) => {
      const doc = loadPage(file);
      doc.body.replaceChildren();
      const read = TRACKERS[system].readTitle(doc, keyOf(url, options));
      // The tab title of a board with an issue modal names the board, not the issue.
      expect(read === undefined || read === title).toBe(true);
      if (!file.includes('boards')) expect(read).toBe(title);
    },
  );

  it.each(TRACKER_SYSTEMS)('%s: gives no title on an empty page', (system) => {
    const doc = document.implementation.createHTMLDocument('');
    expect(TRACKERS[system].readTitle(doc, 'PAY-1')).toBeUndefined();
    expect(TRACKERS[system].readTitle(doc, 'acme/app#1')).toBeUndefined();
  });

  it.each(TRACKER_SYSTEMS)("%s: reads no title from the other trackers' pages", (system) => {
    for (const other of TRACKER_SYSTEMS.filter((s) => s !== system)) {
      for (const { file } of PAGE_FIXTURES[other]) {
        const read = () => TRACKERS[system].readTitle(loadPage(file), 'ZZZ-999999');
        expect(read, file).not.toThrow();
        expect(read(), file).toBeUndefined();
      }
    }
  });

  it('caps a giant title and collapses its whitespace', () => {
    const doc = loadPage('github.com/acme/app/issues/42.html');
    const title = doc.querySelector('[data-testid="issue-title"]');
    if (!title) throw new Error('fixture changed');
    title.textContent = `  Huge\n\n title ${'x'.repeat(2_000_000)}`;
    const read = TRACKERS.github.readTitle(doc, 'acme/app#42');
    expect(read?.startsWith('Huge title x')).toBe(true);
    expect(read?.length).toBe(MAX_TITLE_LENGTH);
  });

  it('reads a title that itself contains a number sign, and the number after it', () => {
    const doc = loadPage('github.com/acme/app/issues/42.html');
    doc.querySelector('[data-testid="issue-title"]')!.textContent = 'Crash in #7 again';
    expect(TRACKERS.github.readTitle(doc, 'acme/app#42')).toBe('Crash in #7 again');
    expect(TRACKERS.github.readTitle(doc, 'acme/app#7')).toBeUndefined();
  });

  it('reads the issue in the Jira modal, not the board behind it', () => {
    const doc = loadPage('atlassian.net/jira/software/projects/PAY/boards/1.html');
    expect(TRACKERS.jira.readTitle(doc, 'PAY-43')).toBe('Show the decline reason to the customer');
    expect(TRACKERS.jira.readTitle(doc, 'PAY-42')).toBeUndefined();
  });

  it('trusts the title when the page prints no key next to it', () => {
    const doc = loadPage('atlassian.net/browse/PAY-42.html');
    doc.querySelector('nav')?.remove();
    doc.title = 'Jira';
    expect(TRACKERS.jira.readTitle(doc, 'PAY-42')).toBe('Retry failed card payments automatically');
  });

  it('tolerates a tab title of hostile length', () => {
    const doc = document.implementation.createHTMLDocument(`[PAY-1] ${'-'.repeat(1_000_000)}`);
    for (const system of TRACKER_SYSTEMS) {
      expect(() => TRACKERS[system].readTitle(doc, 'PAY-1')).not.toThrow();
    }
  });
});
