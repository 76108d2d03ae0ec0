/**
 * The inline style of a host element of ours in the page (`position:fixed`, …): every rule
 * `!important`, so that no stylesheet of the page, which may style any element, moves or hides it.
 */
export function importantStyle(rules: readonly string[]): string {
  return rules.map((rule) => `${rule}!important`).join(';');
}
