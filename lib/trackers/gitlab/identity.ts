import { ID_HOST, afterScheme, hostOf, type TrackerIdentity } from '../identity';

/**
 * One segment of a GitLab group or project path, lowercased: letters, digits, `_`, `-`, `.`, not
 * starting with `-` or `.`. Projects sit under up to 20 levels of groups.
 */
export const GITLAB_PATH_SEGMENT = String.raw`[a-z0-9_][a-z0-9_.-]{0,254}`;
const PATH = String.raw`${GITLAB_PATH_SEGMENT}(?:/${GITLAB_PATH_SEGMENT}){1,20}`;

/** Where the project path ends: before `#` (issue) or `!` (merge request). */
function referenceAt(id: string): number {
  return Math.max(id.lastIndexOf('#'), id.lastIndexOf('!'));
}

/**
 * `gitlab:<host>/<group>/…/<project>#<iid>` for an issue, `…!<iid>` for a merge request, all
 * lowercase: GitLab numbers them apart, as its own references do.
 */
export const gitlabIds = {
  system: 'gitlab',
  idPattern: new RegExp(`^gitlab:${ID_HOST}/${PATH}[#!][1-9]\\d{0,9}$`),
} as const;

/** Where the built-in content script runs (its entrypoint reads this, not the whole identity). */
export const GITLAB_MATCHES = ['https://gitlab.com/*'] as const;

/** Everything else about GitLab's ids, names and badge: extension pages and the worker read it. */
export const gitlabIdentity = {
  ...gitlabIds,
  name: 'GitLab',
  mark: 'GL',
  color: '#c73d18',
  projectNoun: 'GitLab project',
  idForm: 'gitlab:<host>/<group>/<project>#<iid> (issue) or …!<iid> (merge request)',
  keyOf: (id) => afterScheme(id).slice(hostOf(id).length + 1),
  projectOf: (id) => {
    const path = id.slice(0, referenceAt(id));
    return {
      key: afterScheme(path).slice(hostOf(id).length + 1),
      idPrefixes: [`${path}#`, `${path}!`],
    };
  },
  urlOf: (id) => {
    const at = referenceAt(id);
    const kind = id[at] === '!' ? 'merge_requests' : 'issues';
    return `https://${afterScheme(id.slice(0, at))}/-/${kind}/${id.slice(at + 1)}`;
  },
  matches: GITLAB_MATCHES,
  selfHosted: { label: 'GitLab self-managed', example: 'gitlab.example.com' },
} as const satisfies TrackerIdentity<'gitlab'>;
