import { ID_HOST, afterScheme, hostOf, type TrackerIdentity } from '../identity';

/** Jira project keys: a letter, then letters, digits or underscores; then the issue number. */
export const JIRA_ISSUE_KEY = String.raw`[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,9}`;

/** `jira:<host>/<KEY>`: host lowercase, key uppercase. */
export const jiraIds = {
  system: 'jira',
  idPattern: new RegExp(`^jira:${ID_HOST}/${JIRA_ISSUE_KEY}$`),
} as const;

/** Where the built-in content script runs (its entrypoint reads this, not the whole identity). */
export const JIRA_MATCHES = ['https://*.atlassian.net/*'] as const;

/** Everything else about Jira's ids, names and badge: extension pages and the worker read it. */
export const jiraIdentity = {
  ...jiraIds,
  name: 'Jira',
  mark: 'J',
  color: '#0c66e4',
  projectNoun: 'Jira project',
  idForm: 'jira:<host>/<KEY-1>',
  keyOf: (id) => id.slice(id.lastIndexOf('/') + 1),
  projectOf: (id) => {
    const prefix = id.slice(0, id.lastIndexOf('-') + 1);
    return { key: prefix.slice(prefix.lastIndexOf('/') + 1, -1), idPrefixes: [prefix] };
  },
  // Server / Data Center under a context path (`/jira/browse/…`) is reached through a stored URL.
  urlOf: (id) => `https://${hostOf(id)}/browse/${afterScheme(id).slice(hostOf(id).length + 1)}`,
  matches: JIRA_MATCHES,
  selfHosted: { label: 'Jira Server / Data Center', example: 'jira.example.com' },
} as const satisfies TrackerIdentity<'jira'>;
