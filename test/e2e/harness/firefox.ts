import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIXTURE_HOSTS } from './certificate';
import { startTrackerProxy } from './tracker-proxy';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '.output',
  'firefox-mv2',
);
/** Must match `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'throughline@throughline.dev';
/**
 * Firefox gives each install a random UUID for its moz-extension:// origin; the profile's
 * `extensions.webextensions.uuids` preference fixes it beforehand, so tests know the extension's URLs.
 */
export const EXTENSION_UUID = '7e5f3c1a-7b1d-4c6e-9a55-0f1e2d3c4b5a';

export function hasFirefox(): boolean {
  return existsSync(FIREFOX_PATH);
}

/** A PAC script sending the fixture hosts to the proxy and everything else nowhere (no internet). */
export function trackerPac(proxyPort: number, hosts = FIXTURE_HOSTS): string {
  const tests = hosts.map((host) =>
    host.startsWith('*.')
      ? `dnsDomainIs(host, ${JSON.stringify(host.slice(1))})`
      : `host === ${JSON.stringify(host)}`,
  );
  return [
    'function FindProxyForURL(url, host) {',
    `  if (${tests.join(' || ')}) return "PROXY 127.0.0.1:${proxyPort}";`,
    '  if (host === "127.0.0.1" || host === "localhost") return "DIRECT";',
    // Port 9 (discard) refuses at once: the saved pages' CDN assets fail fast instead of hanging.
    '  return "PROXY 127.0.0.1:9";',
    '}',
  ].join('\n');
}

/** Privacy settings a profile may turn on, to prove the add-on copes with them. */
export const STRICT_PRIVACY_PREFS = {
  // "Block all third-party cookies" (the frame is a third party inside the tracker's page).
  'network.cookie.cookieBehavior': 2,
  // Enhanced Tracking Protection, Strict.
  'browser.contentblocking.category': 'strict',
  'privacy.trackingprotection.enabled': true,
  'privacy.trackingprotection.socialtracking.enabled': true,
  'privacy.trackingprotection.fingerprinting.enabled': true,
  'privacy.trackingprotection.cryptomining.enabled': true,
  'privacy.fingerprintingProtection': true,
  'privacy.partition.network_state.ocsp_cache': true,
  'privacy.query_stripping.enabled': true,
} as const;

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** Debian's Firefox ESR, headless over WebDriver BiDi, with the MV2 build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(
  fixturePort: number,
  extraPrefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built add-on in ${FIREFOX_EXTENSION_DIR}; run "npx wxt build -b firefox"`);
  const proxy = await startTrackerProxy(fixturePort);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      // Lets WebDriver open moz-extension:// pages (the options page), which it refuses otherwise.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(trackerPac(proxy.port))}`,
        'network.proxy.allow_hijacking_localhost': false,
        ...extraPrefs,
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}
