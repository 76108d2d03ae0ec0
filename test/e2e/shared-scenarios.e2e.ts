import { marksScenarios } from './shared/marks-scenario';
import { navigationScenarios } from './shared/navigation-scenario';
import { offlineScenarios } from './shared/offline-scenario';
import { ticketScenarios } from './shared/tickets-scenario';

// The scenarios every browser must pass; Firefox runs the same ones (firefox/shared.firefox.ts).
ticketScenarios('chromium');
navigationScenarios('chromium');
offlineScenarios('chromium');
marksScenarios('chromium');
