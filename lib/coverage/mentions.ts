/**
 * Ticket keys a title names, in the order it names them (DESIGN.md "A ticket's context": via
 * another ticket). Keys are matched as written: `PAY-42` and `ENG-7` (upper case), `acme/app#42`
 * and `acme/web/app!17`, and `#42` / `!17` for the title's own repository or project.
 */
export type Mention =
  /** `PAY-42`: a Jira or Linear key. */
  | { kind: 'key'; text: string }
  /** `acme/app#42`, `acme/web/app!17`: a GitHub or GitLab reference with its path. */
  | { kind: 'reference'; text: string; path: string; sign: '#' | '!'; number: string }
  /** `#42`, `!17`: a reference within the ticket's own repository or project. */
  | { kind: 'local'; text: string; sign: '#' | '!'; number: string };

/** Titles are capped upstream; a longer one is only read this far. */
const MAX_TITLE = 2000;
/** A page title naming more keys than this is not a title we read further. */
const MAX_MENTIONS = 20;

// One left-to-right scan. Each alternative is linear: segments are separated by `/`, so no
// nested quantifier can backtrack over the same characters.
const MENTION =
  /(?<![\w./-])(?:([A-Za-z0-9_][\w.-]{0,99}(?:\/[A-Za-z0-9_][\w.-]{0,99}){1,20})([#!])([1-9]\d{0,9})|([#!])([1-9]\d{0,9})|([A-Z][A-Z0-9_]{0,49}-[1-9]\d{0,9}))(?![\w-])/g;

export function mentionsIn(title: string | undefined): Mention[] {
  if (!title) return [];
  const mentions: Mention[] = [];
  for (const match of title.slice(0, MAX_TITLE).matchAll(MENTION)) {
    const [text, path, sign, number, localSign, localNumber, key] = match;
    if (path && sign && number)
      mentions.push({
        kind: 'reference',
        text,
        path: path.toLowerCase(),
        sign: sign as '#' | '!',
        number,
      });
    else if (localSign && localNumber)
      mentions.push({ kind: 'local', text, sign: localSign as '#' | '!', number: localNumber });
    else if (key) mentions.push({ kind: 'key', text: key });
    if (mentions.length === MAX_MENTIONS) break;
  }
  return mentions;
}
