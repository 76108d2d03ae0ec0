import { storedSetting } from '../settings/stored-setting';
import type { TrackerUrlOptions } from '../trackers/types';
import {
  SITES_STORAGE_KEY,
  hostOptions,
  readSites,
  storedSites,
  type SelfHostedSite,
} from './sites';

/** The self-hosted sites people added in the options page; an empty list when storage fails. */
export const selfHostedSites = storedSetting<readonly SelfHostedSite[]>({
  key: SITES_STORAGE_KEY,
  read: readSites,
  write: storedSites,
});

export const loadSites = (): Promise<readonly SelfHostedSite[]> => selfHostedSites.load();

export const saveSites = (sites: readonly SelfHostedSite[]): Promise<void> =>
  selfHostedSites.save(sites);

/** What content scripts pass to detection: the hosts of the self-hosted sites. */
export async function loadHostOptions(): Promise<TrackerUrlOptions> {
  return hostOptions(await loadSites());
}
