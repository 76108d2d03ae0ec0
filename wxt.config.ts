import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';
import { startContentScriptAfterLoad } from './build/start-after-load';
import { TRACKER_MATCHES } from './lib/trackers/registry';

// See DESIGN.md "Parts": React only in extension pages; content scripts stay tiny.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  hooks: {
    // webextension-polyfill for the worker and the extension pages only: there `onMessage`
    // listeners answer with promises, which Chrome supports only through it. Content scripts use
    // the browser's own API (every call they make returns a promise in Chrome MV3 and Firefox), so
    // they don't pay its ~3 KB gzipped (`npm run bench`, content script rows).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script'))
        return contentScriptBuild(config);
      withPolyfill(config);
    },
    'vite:devServer:extendConfig': withPolyfill,
  },
  imports: false,
  // `npm run zip`: store packages plus the sources AMO asks for (only what the build reads). Entries
  // are sorted and carry no timestamps, so the same tree always gives the same bytes.
  zip: {
    excludeSources: ['server/**', 'test/**', 'bench/**', 'test-results/**', 'scripts/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    // Words come from locales/<lang>.yml (README "Languages"); the browser picks the language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // `scripting`: content scripts registered at run time for self-hosted sites (lib/hosts/).
    permissions: ['storage', 'alarms', 'scripting'],
    // Also what lets the sidebar frame use the extension's IndexedDB when embedded in these sites:
    // Chromium denies storage to an extension frame in a site the extension has no access to.
    host_permissions: [...TRACKER_MATCHES],
    // Self-hosted Jira and GitHub Enterprise hosts are requested at run time (http for intranets).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The sidebar frame must be embeddable on self-hosted sites too, and these matches cannot grow
    // at run time, so sidebar.html is reachable from any http(s) page. The trade-off: any site can
    // embed it (and so tell that Throughline is installed). It holds no secret and the host page
    // cannot read it (cross-origin); its data comes from the worker over a port, answered only
    // for a frame bound to the content script that made it (lib/sidebar/frame-bindings.ts).
    // `use_dynamic_url` is not used: Firefox does not support it (README, "Security and
    // reliability").
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: ['https://*/*', 'http://*/*'] },
    ],
    // Enterprise policy (`storage.managed`): API URL and token; see public/managed_schema.json.
    // Chromium only: Firefox takes managed storage from the policies.json "3rdparty" section.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'throughline@throughline.dev',
              // 140 is the oldest Firefox ESR still supported: enterprises run the ESR.
              strict_min_version: '140.0',
              // Context and tags go only to the API the person configures, never to us.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
          // MV2 has no optional_host_permissions (WXT drops it): self-hosted sites are asked here.
          optional_permissions: ['https://*/*', 'http://*/*'],
        }
      : {}),
  }),
});

/** What the `@wxt-dev/webextension-polyfill` module does, for the builds that want it. */
function withPolyfill(config: InlineConfig): void {
  addAlias(config, 'wxt/browser', '@wxt-dev/webextension-polyfill/browser');
}

function addAlias(config: InlineConfig, find: string, replacement: string): void {
  const alias = config.resolve?.alias;
  const existing = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([from, to]) => ({ find: from, replacement: to }));
  config.resolve = { ...config.resolve, alias: [...existing, { find, replacement }] };
}

/**
 * Content scripts load on every tracker page, have a 10 KB gzipped budget and may not delay the
 * page's `load` (DESIGN.md): terser's extra passes make them about 3% smaller than the default
 * minifier (`npm run bench`, content script rows), worth the slower build of these few small
 * files, and each starts only after `load` (build/start-after-load.ts, which reads terser's output).
 */
function contentScriptBuild(config: InlineConfig): void {
  // WXT's content-script context weighs ≈ 850 B gzipped (timers, a location watcher); ours is the
  // part we use (lib/mount/script-context.ts).
  addAlias(
    config,
    'wxt/utils/content-script-context',
    resolve(import.meta.dirname, 'lib/mount/script-context.ts'),
  );
  config.plugins = [...(config.plugins ?? []), startContentScriptAfterLoad()];
  config.build = {
    ...config.build,
    minify: 'terser',
    terserOptions: { compress: { passes: 3 }, mangle: { toplevel: true }, ecma: 2020 },
  };
}
