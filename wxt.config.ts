import { defineConfig } from 'wxt';
import { TRACKER_MATCHES } from './lib/trackers/matches';

// See DESIGN.md "Parts": React only in extension pages; content scripts stay tiny.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Throughline',
    description:
      'The why behind every ticket: mission, goal, intent and investment, right on the page.',
    permissions: ['storage', 'alarms'],
    // Also what lets the sidebar frame use the extension's IndexedDB when embedded in these sites:
    // Chromium denies storage to an extension frame in a site the extension has no access to.
    host_permissions: [...TRACKER_MATCHES],
    // Self-hosted Jira and GitHub Enterprise hosts are requested at run time.
    optional_host_permissions: ['https://*/*'],
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: [...TRACKER_MATCHES] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'throughline@throughline.dev', strict_min_version: '121.0' },
          },
        }
      : {}),
  }),
});
