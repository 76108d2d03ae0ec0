const OPENERS = '[{';
const CLOSERS = ']}';
/** Characters after which a quote starts a quoted scalar rather than sitting inside a plain one. */
const BEFORE_TOKEN = ' \t\n[{,:';

/**
 * Whether YAML text may nest deeper than `max`: flow collections (`[`, `{`) inside each other, or
 * block sequences opened on one line (`- - - x`). One pass, skipping quoted scalars and comments;
 * run before the YAML parser, which needs about 12 µs per character of `[[[[…` and then fails
 * on its stack. It over-counts rather than under-counts: an unbalanced `[` inside a plain scalar
 * (`title: Fix [WIP`) counts as one level, so only a file with dozens of those is refused.
 */
export function yamlNestsDeeperThan(text: string, max: number): boolean {
  let flow = 0;
  let dashes = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      lineStart = true;
      dashes = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '\t') continue;
      const next = text[i + 1];
      if ((c === '-' || c === '?') && (next === ' ' || next === '\n' || next === undefined)) {
        if (++dashes > max) return true;
        i++;
        continue;
      }
      lineStart = false;
    }
    const before = i === 0 ? '\n' : (text[i - 1] as string);
    if (c === '#' && BEFORE_TOKEN.includes(before)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if ((c === '"' || c === "'") && BEFORE_TOKEN.includes(before)) {
      i = endOfQuoted(text, i, c);
    } else if (OPENERS.includes(c)) {
      if (++flow > max) return true;
    } else if (CLOSERS.includes(c) && flow > 0) flow--;
  }
  return false;
}

/** The index of the quote that closes the scalar opened at `start` (or the text's end). */
function endOfQuoted(text: string, start: number, quote: '"' | "'"): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
