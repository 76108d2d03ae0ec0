import { marksScenarios } from '../shared/marks-scenario';
import { navigationScenarios } from '../shared/navigation-scenario';
import { offlineScenarios } from '../shared/offline-scenario';
import { ticketScenarios } from '../shared/tickets-scenario';

// The same scenarios as Chromium's (../shared-scenarios.e2e.ts), in Firefox ESR over WebDriver BiDi.
ticketScenarios('firefox');
navigationScenarios('firefox');
offlineScenarios('firefox');
marksScenarios('firefox');
