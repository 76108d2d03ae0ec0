import { browser } from 'wxt/browser';
import { TRACKERS } from '../trackers/registry';
import { SITES_STORAGE_KEY, originPattern, type SelfHostedSite } from './sites';
import { loadSites } from './stored-sites';

/** Our registrations carry this prefix; anything else registered is left alone. */
const ID_PREFIX = 'site:';

interface SiteScript {
  id: string;
  js: string[];
  matches: string[];
}

/**
 * Makes the registered content scripts match the stored sites: one per site whose host
 * permission is granted, running the built content script of its tracker. Registrations persist
 * across browser restarts; running this at every worker start also repairs them after an
 * extension update (new file names) or a permission revoked in the browser's settings.
 */
export async function syncSiteScripts(): Promise<void> {
  const wanted = new Map<string, SiteScript>();
  for (const site of await loadSites()) {
    const script = await scriptFor(site);
    if (script) wanted.set(script.id, script);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(ID_PREFIX),
  );
  const same = (a: SiteScript, b: { js?: string[]; matches?: string[] }) =>
    a.js.join() === (b.js ?? []).join() && a.matches.join() === (b.matches ?? []).join();

  const stale = registered.filter((script) => {
    const want = wanted.get(script.id);
    return !want || !same(want, script);
  });
  if (stale.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const kept = new Set(registered.filter((s) => !stale.includes(s)).map((s) => s.id));
  const missing = [...wanted.values()].filter((script) => !kept.has(script.id));
  if (missing.length > 0) await register(missing);
}

async function register(scripts: SiteScript[]): Promise<void> {
  const full = scripts.map((script) => ({
    ...script,
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  }));
  try {
    await browser.scripting.registerContentScripts(full);
  } catch (error) {
    // Firefox before 105 could not persist registrations; startup re-registers them there.
    if (!String(error).includes('persistAcrossSessions')) throw error;
    await browser.scripting.registerContentScripts(
      full.map((script) => ({ ...script, persistAcrossSessions: false })),
    );
  }
}

async function scriptFor(site: SelfHostedSite): Promise<SiteScript | undefined> {
  const pattern = originPattern(site);
  const granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
  if (!granted) return undefined;
  // A site of a tracker this build does not run self-hosted gets no script.
  const tracker = TRACKERS[site.system] as (typeof TRACKERS)[keyof typeof TRACKERS] | undefined;
  if (!tracker || !('selfHosted' in tracker)) return undefined;
  const files = contentScriptFiles(tracker.matches);
  if (files.length === 0) return undefined;
  return { id: `${ID_PREFIX}${site.system}:${pattern}`, js: files, matches: [pattern] };
}

/**
 * The built content scripts of a tracker (its summary and its marks), found in our own manifest by
 * their match patterns, so a change in how WXT names or groups its output cannot silently break
 * self-hosted sites.
 */
function contentScriptFiles(trackerMatches: readonly string[]): string[] {
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  return declared
    .filter((entry) => entry.matches?.some((m) => trackerMatches.includes(m)))
    .flatMap((entry) => entry.js ?? []);
}

let queue: Promise<void> = Promise.resolve();

/** One sync at a time: two overlapping runs would register the same id twice. */
function queueSync(): Promise<void> {
  queue = queue.then(syncSiteScripts).catch((error: unknown) => {
    console.warn('Throughline: could not register content scripts for self-hosted sites', error);
  });
  return queue;
}

/**
 * For the background worker: sync now, and again whenever the site list or the granted host
 * permissions change (the options page only edits the list and asks for permissions).
 */
export function keepSiteScriptsInSync(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SITES_STORAGE_KEY in changes) void queueSync();
  });
  browser.permissions.onAdded.addListener(() => void queueSync());
  browser.permissions.onRemoved.addListener(() => void queueSync());
  void queueSync();
}
