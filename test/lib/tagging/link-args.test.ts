import { describe, expect, it } from 'vitest';
import { LinkSetArgsSchema } from '../../../lib/schema/mutations';
import { linkArgsFor } from '../../../lib/tagging/link-args';

const TICKET = 'jira:acme.atlassian.net/PAY-7';
const BOARD = 'https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12';

/** A board URL as Jira writes it with many filters: 3,000 characters. */
function boardUrlOf(length: number): string {
  const prefix = `${BOARD}?selectedIssue=PAY-7&jql=`;
  return prefix + 'x'.repeat(length - prefix.length);
}

describe('linkArgsFor', () => {
  it('keeps a 3,000-character Jira board URL’s page and drops its query, so the tag is valid', () => {
    const url = boardUrlOf(3000);
    expect(url).toHaveLength(3000);
    const args = linkArgsFor({ id: TICKET, title: 'Retry cards', url }, { intentId: 'i1' });
    expect(args).toEqual({ ticketId: TICKET, intentId: 'i1', title: 'Retry cards', url: BOARD });
    expect(LinkSetArgsSchema.safeParse(args).success).toBe(true);
  });

  it('drops only the hash when that is enough', () => {
    const url = `${BOARD}?selectedIssue=PAY-7#${'h'.repeat(3000)}`;
    const args = linkArgsFor({ id: TICKET, url }, { bucketId: 'ktlo' });
    expect(args.url).toBe(`${BOARD}?selectedIssue=PAY-7`);
  });

  it('keeps a URL the schema accepts as it is', () => {
    const url = `${BOARD}?selectedIssue=PAY-7#comment`;
    expect(linkArgsFor({ id: TICKET, url }, { intentId: 'i1' }).url).toBe(url);
  });

  it('leaves out a URL that is too long even without its query, or not http', () => {
    const long = `https://acme.atlassian.net/${'p'.repeat(3000)}`;
    for (const url of [long, 'chrome-extension://x/sidebar.html', 'not a url']) {
      const args = linkArgsFor({ id: TICKET, url }, { intentId: 'i1' });
      expect(args).toEqual({ ticketId: TICKET, intentId: 'i1' });
      expect(LinkSetArgsSchema.safeParse(args).success).toBe(true);
    }
  });

  it('cuts a title to the 500 characters the schema allows', () => {
    const args = linkArgsFor({ id: TICKET, title: 't'.repeat(900) }, { intentId: 'i1' });
    expect(args.title).toHaveLength(500);
    expect(LinkSetArgsSchema.safeParse(args).success).toBe(true);
  });
});
