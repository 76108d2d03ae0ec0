import { browser } from 'wxt/browser';
import { isOpenableUrl } from '../../lib/search/ticket-url';

/**
 * Opens a ticket in a new tab; the browser closes the popup as the tab takes focus. Only http(s)
 * URLs are opened: a stored URL comes from the API and could be anything.
 */
export async function openTicket(url: string | undefined): Promise<boolean> {
  if (!isOpenableUrl(url)) return false;
  await browser.tabs.create({ url });
  return true;
}
