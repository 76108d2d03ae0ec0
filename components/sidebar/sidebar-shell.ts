import { readTicketHash } from '../../lib/sidebar/ticket-hash';
import { keyOfTicketId } from '../../lib/trackers/ticket-ids';

export interface ShellWords {
  brand: string;
  close: string;
  closeTitle: string;
  loading: string;
}

/**
 * What the sidebar shows first, drawn without React: the same header (brand, ticket key, close
 * button) and "Loading…" that the app draws before the worker's first answer, in the page's
 * theme. Evaluating React and the app was most of the time from a click on the summary to the
 * sidebar's first paint (`npm run bench`); with this, that paint waits only for this small
 * script. The app then replaces it (`createRoot` discards what the root holds).
 */
export function drawSidebarShell(
  root: HTMLElement,
  hash: string,
  words: ShellWords,
  onClose: () => void,
): void {
  const doc = root.ownerDocument;
  const { id, theme } = readTicketHash(hash);
  if (theme) doc.documentElement.dataset.theme = theme;
  const main = doc.createElement('main');
  main.className = 'sidebar';
  main.setAttribute('aria-busy', 'true');
  const header = doc.createElement('header');
  header.className = 'ticket-header';
  const brand = doc.createElement('span');
  brand.className = 'brand';
  brand.textContent = words.brand;
  const key = doc.createElement('span');
  key.className = 'ticket-key';
  key.textContent = id ? keyOfTicketId(id) : '';
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'icon-button';
  close.setAttribute('aria-label', words.close);
  close.title = words.closeTitle;
  close.textContent = '×';
  close.addEventListener('click', onClose);
  header.append(brand, key, close);
  const loading = doc.createElement('p');
  loading.className = 'muted';
  loading.textContent = words.loading;
  main.append(header, loading);
  root.replaceChildren(main);
}
