import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;

interface Script {
  id: string;
  js?: string[];
  matches?: string[];
  persistAcrossSessions?: boolean;
}

/**
 * Chromium's scripting and permissions APIs as far as lib/hosts uses them, in memory (WXT's fake
 * browser leaves them unimplemented). Same rules as the browser: duplicate ids are refused,
 * permissions are granted only through a prompt the test answers.
 */
export function fakeChromium(options: { answerPrompt?: boolean } = {}) {
  const scripts = new Map<string, Script>();
  const granted = new Set<string>();
  const prompts: string[][] = [];
  // permissions.onAdded / onRemoved, fired as the browser fires them.
  const listeners = { added: new Set<Listener>(), removed: new Set<Listener>() };
  for (const [name, set] of [
    ['onAdded', listeners.added],
    ['onRemoved', listeners.removed],
  ] as const) {
    vi.spyOn(fakeBrowser.permissions[name], 'addListener').mockImplementation((l) => {
      set.add(l as Listener);
    });
    vi.spyOn(fakeBrowser.permissions[name], 'removeListener').mockImplementation((l) => {
      set.delete(l as Listener);
    });
  }
  const fire = (set: Set<Listener>, origins: string[]) => {
    for (const listener of set) listener({ origins });
  };
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () =>
    [...scripts.values()].map((script) => ({ ...script })),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
    for (const script of list) {
      if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
    }
    for (const script of list) scripts.set(script.id, { ...script });
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...scripts.keys()]) {
      if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    prompts.push(origins);
    if (!options.answerPrompt) return false;
    for (const origin of origins) granted.add(origin);
    fire(listeners.added, origins);
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    for (const origin of origins) granted.delete(origin);
    fire(listeners.removed, origins);
    return true;
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(
    () =>
      ({
        manifest_version: 3,
        name: 'Throughline',
        version: '0.1.0',
        content_scripts: [
          // As WXT builds them: a tracker's summary and marks scripts share one entry.
          {
            matches: ['https://github.com/*'],
            js: ['content-scripts/github.js'],
          },
          { matches: ['https://*.atlassian.net/*'], js: ['content-scripts/jira.js'] },
          { matches: ['https://linear.app/*'], js: ['content-scripts/linear.js'] },
        ],
      }) as never,
  );
  /** What the person does in chrome://extensions or about:addons: access to one site removed. */
  const revokeInBrowserSettings = (origin: string) => {
    granted.delete(origin);
    fire(listeners.removed, [origin]);
  };
  return { scripts, granted, prompts, revokeInBrowserSettings };
}
