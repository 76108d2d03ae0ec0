import { STRICT_PRIVACY_PREFS } from '../harness/firefox';
import { offlineScenarios } from '../shared/offline-scenario';
import { ticketScenarios } from '../shared/tickets-scenario';

// A profile with third-party cookies blocked and Enhanced Tracking Protection on Strict: the
// sidebar frame is a third party inside the tracker's page, yet it must show the context, take
// tags and lose none (it holds no storage of its own: the background page feeds it over a port).
const profile = {
  name: 'third-party cookies blocked, strict tracking protection',
  firefoxPrefs: STRICT_PRIVACY_PREFS,
};
ticketScenarios('firefox', profile);
offlineScenarios('firefox', profile);
