/**
 * What every part of Throughline knows about a tracker without reading a page: how its canonical
 * ids look (DESIGN.md "Ticket ids") and how to read a key, a project and a URL back from one. Kept
 * free of zod, React and Dexie: content scripts import a tracker's identity.
 */
export interface TrackerIdentity<System extends string = string> {
  system: System;
  /** Display name: "GitHub". */
  name: string;
  /** The few letters of its badge: "GH". */
  mark: string;
  /** The badge's background colour. */
  color: string;
  /** What a project is called there: "GitHub repository", "Linear team". */
  projectNoun: string;
  /** The canonical id form, for error messages: `github:<host>/<owner>/<repo>#<n>`. */
  idForm: string;
  /** Matches exactly the canonical ids of this tracker. */
  idPattern: RegExp;
  /** The rest of these take a canonical id of this tracker (one `idPattern` accepts). */
  /** What people call the ticket: `PAY-42`, `acme/app#42`. */
  keyOf(id: string): string;
  /** The project it belongs to: `PAY`, `acme/app`, and the id prefixes every ticket of it has. */
  projectOf(id: string): { key: string; idPrefixes: string[] };
  /** Where the ticket opens, built from the id alone (https). */
  urlOf(id: string): string;
  /** Where the built-in content script runs (and the sidebar frame is embedded). */
  matches: readonly string[];
  /** For trackers people also run on their own hosts: how the options page names those sites. */
  selfHosted?: { label: string; example: string };
}

/** A hostname as ids carry it: lowercase, no port (DESIGN.md "Ticket ids"). */
export const ID_HOST = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*`;

/** `jira:acme.atlassian.net/PAY-42` → `acme.atlassian.net/PAY-42`. */
export function afterScheme(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** `github:github.com/acme/app#42` → `github.com`. */
export function hostOf(id: string): string {
  const rest = afterScheme(id);
  return rest.slice(0, rest.indexOf('/'));
}
