import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, type Build } from './built-manifests';

const STATIC_IMPORT = /(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;
/** A message name that only the message protocol's module holds. */
const PROTOCOL_MARK = '"summary.watch"';

const importsOf = (code: string, pattern: RegExp) =>
  [...code.matchAll(pattern)].map((match) => match[1] as string);

/**
 * What the sidebar frame loads on every ticket page someone keeps it open on: the page's own
 * scripts and what they import, and the app its page imports after the first paint, with what
 * that imports. Later imports (the tag picker, the message protocol) are not followed.
 */
function loadedWhenOpening(build: Build): Map<string, string> {
  const dir = BUILDS[build];
  const html = readFileSync(join(dir, 'sidebar.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const loaded = new Map<string, string>();
  const visit = (file: string, thenItsApp: boolean) => {
    if (loaded.has(file)) return;
    const code = readFileSync(join(dir, file), 'utf8');
    loaded.set(file, code);
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const next of importsOf(code, STATIC_IMPORT)) visit(folder + next.slice(2), false);
    if (thenItsApp)
      for (const next of importsOf(code, DYNAMIC_IMPORT)) visit(folder + next.slice(2), false);
  };
  for (const entry of entries) visit(entry, true);
  return loaded;
}

describe.each(Object.keys(BUILDS) as Build[])('the %s sidebar frame', (build) => {
  it('opens without building the message protocol, which its first message loads', () => {
    if (!existsSync(join(BUILDS[build], 'sidebar.html')))
      throw new Error(`No ${build} build: run "npm run build" first`);
    const opening = loadedWhenOpening(build);
    // The app itself is among what opens (its chain label), so the walk went past the first paint…
    expect([...opening.values()].some((code) => code.includes('sidebar.chainLabel'))).toBe(true);
    // …and the protocol is not, though what opens can import it later.
    const withProtocol = [...opening].filter(([, code]) => code.includes(PROTOCOL_MARK));
    expect(withProtocol.map(([file]) => file)).toEqual([]);
    const later = [...opening.values()].flatMap((code) => importsOf(code, DYNAMIC_IMPORT));
    const protocolChunk = later.find((file) =>
      readFileSync(join(BUILDS[build], 'chunks', file.slice(2)), 'utf8').includes(PROTOCOL_MARK),
    );
    expect(protocolChunk).toBeDefined();
  });
});
