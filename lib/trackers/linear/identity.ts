import { afterScheme, type TrackerIdentity } from '../identity';

/** Linear team keys: a letter, then letters or digits; then the issue number. */
export const LINEAR_ISSUE_KEY = String.raw`[A-Z][A-Z0-9]{0,9}-[1-9]\d{0,9}`;
const WORKSPACE = String.raw`[a-z0-9](?:[a-z0-9-]{0,62})`;

/** `linear:<workspace>/<KEY>`: workspace slug lowercase, key uppercase. Cloud only. */
export const linearIds = {
  system: 'linear',
  idPattern: new RegExp(`^linear:${WORKSPACE}/${LINEAR_ISSUE_KEY}$`),
} as const;

/** Where the built-in content script runs (its entrypoint reads this, not the whole identity). */
export const LINEAR_MATCHES = ['https://linear.app/*'] as const;

/** Everything else about Linear's ids, names and badge: extension pages and the worker read it. */
export const linearIdentity = {
  ...linearIds,
  name: 'Linear',
  mark: 'L',
  color: '#5e6ad2',
  projectNoun: 'Linear team',
  idForm: 'linear:<workspace>/<KEY-1>',
  keyOf: (id) => id.slice(id.lastIndexOf('/') + 1),
  projectOf: (id) => {
    const prefix = id.slice(0, id.lastIndexOf('-') + 1);
    return { key: prefix.slice(prefix.lastIndexOf('/') + 1, -1), idPrefixes: [prefix] };
  },
  urlOf: (id) => {
    const [workspace, key] = afterScheme(id).split('/');
    return `https://linear.app/${workspace}/issue/${key}`;
  },
  matches: LINEAR_MATCHES,
} as const satisfies TrackerIdentity<'linear'>;
