import { ID_HOST, afterScheme, hostOf, type TrackerIdentity } from '../identity';

/** GitHub logins: alphanumerics and single inner hyphens, at most 39 characters. */
const OWNER = String.raw`[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}`;
const REPO = String.raw`(?!\.{1,2}#)[a-z0-9._-]{1,100}`;

/** `github:<host>/<owner>/<repo>#<n>`, all lowercase; issues and pull requests share numbers. */
export const githubIds = {
  system: 'github',
  idPattern: new RegExp(`^github:${ID_HOST}/${OWNER}/${REPO}#[1-9]\\d{0,9}$`),
} as const;

/** Where the built-in content script runs (its entrypoint reads this, not the whole identity). */
export const GITHUB_MATCHES = ['https://github.com/*'] as const;

/** Everything else about GitHub's ids, names and badge: extension pages and the worker read it. */
export const githubIdentity = {
  ...githubIds,
  name: 'GitHub',
  mark: 'GH',
  color: '#24292f',
  projectNoun: 'GitHub repository',
  idForm: 'github:<host>/<owner>/<repo>#<n>',
  keyOf: (id) => afterScheme(id).slice(hostOf(id).length + 1),
  projectOf: (id) => {
    const prefix = id.slice(0, id.lastIndexOf('#') + 1);
    return { key: afterScheme(prefix).slice(hostOf(id).length + 1, -1), idPrefixes: [prefix] };
  },
  // GitHub redirects /issues/n to the pull request when n is one.
  urlOf: (id) => {
    const hash = id.lastIndexOf('#');
    return `https://${afterScheme(id.slice(0, hash))}/issues/${id.slice(hash + 1)}`;
  },
  matches: GITHUB_MATCHES,
  selfHosted: { label: 'GitHub Enterprise', example: 'github.example.com' },
} as const satisfies TrackerIdentity<'github'>;
