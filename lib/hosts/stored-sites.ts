import { browser } from 'wxt/browser';
import type { TrackerUrlOptions } from '../trackers/types';
import {
  SITES_STORAGE_KEY,
  hostOptions,
  readSites,
  storedSites,
  type SelfHostedSite,
} from './sites';

/** The self-hosted sites people added in the options page; an empty list when storage fails. */
export async function loadSites(): Promise<SelfHostedSite[]> {
  try {
    const stored = await browser.storage.local.get(SITES_STORAGE_KEY);
    return readSites(stored[SITES_STORAGE_KEY]);
  } catch {
    return [];
  }
}

export async function saveSites(sites: readonly SelfHostedSite[]): Promise<void> {
  await browser.storage.local.set({ [SITES_STORAGE_KEY]: storedSites(sites) });
}

/** What content scripts pass to detection: the hosts of the self-hosted sites. */
export async function loadHostOptions(): Promise<TrackerUrlOptions> {
  return hostOptions(await loadSites());
}
