import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { detectTicket, type DetectedTicket } from '../../lib/detect';
import { loadHostOptions } from '../../lib/hosts/stored-sites';

export type ActiveTicket =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'ticket'; ticket: DetectedTicket; url: string };

/**
 * The ticket shown in the tab the popup was opened over. The tracker host permissions are what
 * let the popup read that tab's URL; on any other site the URL is hidden, which also reads as
 * "no ticket". Self-hosted trackers count once added in the options page.
 */
export function useActiveTicket(): ActiveTicket {
  const [active, setActive] = useState<ActiveTicket>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void (async () => {
      const [tabs, hosts] = await Promise.all([
        browser.tabs.query({ active: true, currentWindow: true }).catch(() => []),
        loadHostOptions(),
      ]);
      const url = tabs[0]?.url;
      const ticket = url ? detectTicket(url, hosts) : null;
      if (current) setActive(ticket && url ? { state: 'ticket', ticket, url } : { state: 'none' });
    })();
    return () => {
      current = false;
    };
  }, []);
  return active;
}
