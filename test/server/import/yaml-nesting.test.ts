import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yamlNestsDeeperThan } from '../../../server/import/yaml-nesting';

describe('yamlNestsDeeperThan', () => {
  it('passes the demo context file and ordinary block YAML', () => {
    const demo = readFileSync(new URL('../../../server/seed/demo.yaml', import.meta.url), 'utf8');
    expect(yamlNestsDeeperThan(demo, 8)).toBe(false);
    expect(yamlNestsDeeperThan('a:\n  - b: [1, [2, [3]]]\n  - "[[[["\n', 3)).toBe(false);
  });

  it('counts flow collections inside each other, across lines', () => {
    expect(yamlNestsDeeperThan('x: [[[\n  [1]]]]', 3)).toBe(true);
    expect(yamlNestsDeeperThan('x: {a: {b: {c: {}}}}', 3)).toBe(true);
  });

  it('counts block sequences opened on one line', () => {
    expect(yamlNestsDeeperThan(`x:\n  ${'- '.repeat(4)}y`, 3)).toBe(true);
    expect(yamlNestsDeeperThan(`x:\n  ${'- '.repeat(3)}y\n  - - - z`, 3)).toBe(false);
  });

  it('skips quoted scalars and comments, but not a quote inside a plain word', () => {
    expect(yamlNestsDeeperThan(`t: '${'['.repeat(10)}'\nu: "[[[[\\"[["`, 3)).toBe(false);
    expect(yamlNestsDeeperThan(`t: 1 # ${'['.repeat(10)}\n`, 3)).toBe(false);
    expect(yamlNestsDeeperThan(`t: it's ${'['.repeat(10)}`, 3)).toBe(true);
  });
});
