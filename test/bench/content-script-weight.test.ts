import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { weighBySource } from '../../bench/content-script-weight';

const dir = mkdtempSync(join(tmpdir(), 'throughline-weight-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** A minified bundle of our code, a fake polyfill and a fake WXT runtime, with its source map. */
async function bundle() {
  write(
    'node_modules/webextension-polyfill/index.js',
    `export const browser = { runtime: { id: "x" }, wrap(a) { return { polyfilled: a, more: "${'p'.repeat(400)}" }; } };`,
  );
  write(
    'node_modules/wxt/dist/utils/define-content-script.mjs',
    'export function defineContentScript(d) { return { ...d, wxt: "runtime" }; }',
  );
  write(
    'lib/mount/ours.ts',
    `export function mountSummary(t: string) { const e = document.createElement("b"); e.textContent = t + "${'o'.repeat(200)}"; return e; }`,
  );
  write(
    'entry.ts',
    [
      'import { browser } from "webextension-polyfill";',
      'import { defineContentScript } from "wxt/dist/utils/define-content-script.mjs";',
      'import { mountSummary } from "./lib/mount/ours";',
      'export default defineContentScript({ main: () => document.body.append(mountSummary(String(browser.wrap(1)))) });',
    ].join('\n'),
  );
  const result = await build({
    entryPoints: [join(dir, 'entry.ts')],
    absWorkingDir: dir,
    outfile: join(dir, 'out.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    sourcemap: 'external',
    write: false,
  });
  const text = (name: string) =>
    result.outputFiles.find((file) => file.path.endsWith(name))?.text ?? '';
  return { code: Buffer.from(text('out.js')), map: text('out.js.map') };
}

describe('content-script weight by source', () => {
  it('gives every byte to exactly one group, each to the files it came from', async () => {
    const { code, map } = await bundle();
    const parts = weighBySource(code, map);
    const part = (group: string) => parts.find((p) => p.group === group);
    expect(parts.reduce((sum, p) => sum + p.raw, 0)).toBe(code.length);
    // The long literals land in their own file's group.
    expect(part('webextension-polyfill')?.raw).toBeGreaterThan(400);
    expect(part('our code')?.raw).toBeGreaterThan(200);
    expect(part('our code')?.raw).toBeLessThan(400);
    expect(part('WXT runtime')?.raw).toBeGreaterThan(0);
    expect(part('other packages')?.raw).toBe(0);
    for (const p of parts) expect(p.gzip).toBeLessThanOrEqual(p.raw + 1);
  });
});
