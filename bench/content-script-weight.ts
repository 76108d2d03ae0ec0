import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import type { BenchRow } from './row';

/**
 * What each tracker's content script is made of (DESIGN.md: ≤ 10 KB gzipped each; issue 12: "if
 * the webextension polyfill or WXT runtime is the weight, measure what each costs"). Two ways, both
 * from real `wxt build`s of this tree into a scratch directory:
 * - byte attribution: the build with source maps (its code is byte for byte the shipped build's),
 *   each minified byte given to the source file its mapping segment points at, grouped into the
 *   polyfill, WXT's runtime, our code and unmapped glue (the module wrapper and WXT's entry).
 *   A group's gzipped share is the marginal one: gzip of the script minus gzip of the script with
 *   that group's bytes cut out. Gzip shares no dictionary across groups, so the shares do not add
 *   up to the total exactly.
 * - while a content script still bundles the polyfill: the build without the
 *   `@wxt-dev/webextension-polyfill` module, gzipped, i.e. what dropping it saves.
 */
const CONFIG = join(import.meta.dirname, 'content-script-weight.config.ts');
const root = join(import.meta.dirname, '..');

type Group = 'webextension-polyfill' | 'WXT runtime' | 'our code' | 'other packages' | 'glue';
const GROUPS: Group[] = [
  'webextension-polyfill',
  'WXT runtime',
  'our code',
  'other packages',
  'glue',
];

function groupOf(source: string | null | undefined): Group {
  if (!source) return 'glue';
  if (/node_modules\/(@wxt-dev\/)?webextension-polyfill\//.test(source))
    return 'webextension-polyfill';
  if (/node_modules\/(wxt|@wxt-dev)\//.test(source) || source.includes('virtual:wxt'))
    return 'WXT runtime';
  if (source.includes('node_modules/')) return 'other packages';
  return 'our code';
}

/** Builds the extension into a scratch directory; `.wxt/` (which a build rewrites) is restored. */
function buildVariant(variant: 'sourcemap' | 'no-polyfill', outDir: string): string {
  const generated = join(root, '.wxt');
  const saved = readdirSync(generated, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: readFileSync(path) };
    });
  try {
    const built = spawnSync('npx', ['wxt', 'build', '-c', CONFIG], {
      cwd: root,
      env: {
        ...process.env,
        THROUGHLINE_WEIGHT_VARIANT: variant,
        THROUGHLINE_WEIGHT_OUT_DIR: outDir,
      },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`wxt build (${variant}) failed:\n${built.stderr}`);
    return join(outDir, 'chrome-mv3', 'content-scripts');
  } finally {
    for (const file of saved) writeFileSync(file.path, file.text);
  }
}

/** Byte ranges of the generated code per group, from the source map's segments. */
function rangesByGroup(code: string, map: string): Map<Group, [number, number][]> {
  const trace = new TraceMap(map);
  const lines = code.split('\n');
  const ranges = new Map<Group, [number, number][]>();
  const mappings = decodedMappings(trace);
  let lineStart = 0;
  lines.forEach((text, line) => {
    const sorted = [...(mappings[line] ?? [])].sort((a, b) => a[0] - b[0]);
    let covered = 0;
    const byteAt = (column: number) =>
      lineStart + Buffer.byteLength(text.slice(0, column)) + Math.max(0, column - text.length);
    const add = (group: Group, from: number, to: number) => {
      if (to <= from) return;
      const own = ranges.get(group) ?? [];
      own.push([byteAt(from), byteAt(to)]);
      ranges.set(group, own);
    };
    sorted.forEach((segment, i) => {
      const end = sorted[i + 1]?.[0] ?? text.length;
      add('glue', covered, segment[0]);
      add(segment.length > 1 ? groupOf(trace.sources[segment[1] ?? -1]) : 'glue', segment[0], end);
      covered = end;
    });
    // The rest of the line, and its line break.
    const breakLength = line < lines.length - 1 ? 1 : 0;
    add('glue', covered, text.length + breakLength);
    lineStart += Buffer.byteLength(text) + breakLength;
  });
  return ranges;
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Raw bytes, marginal gzipped bytes and share of the bytes of each group in one script. */
export function weighBySource(code: Buffer, map: string) {
  const ranges = rangesByGroup(code.toString('utf8'), map);
  const total = gz(code);
  return GROUPS.map((group) => {
    const own = ranges.get(group) ?? [];
    const keep = Buffer.alloc(code.length);
    let kept = 0;
    let from = 0;
    for (const [start, end] of [...own].sort((a, b) => a[0] - b[0])) {
      kept += code.copy(keep, kept, from, start);
      from = end;
    }
    kept += code.copy(keep, kept, from);
    const raw = own.reduce((sum, [start, end]) => sum + end - start, 0);
    return { group, raw, gzip: total - gz(keep.subarray(0, kept)), share: raw / code.length };
  });
}

const label = (group: Group) => (group === 'glue' ? 'unmapped glue' : group);

export function benchContentScriptWeight(): BenchRow[] {
  const scratch = mkdtempSync(join(tmpdir(), 'throughline-weight-'));
  try {
    const mapped = buildVariant('sourcemap', join(scratch, 'sourcemap'));
    const scripts = readdirSync(mapped)
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({
        file,
        tracker: file.replace(/\.js$/, ''),
        parts: weighBySource(
          readFileSync(join(mapped, file)),
          readFileSync(join(mapped, `${file}.map`), 'utf8'),
        ),
      }));
    // The variant is built only while some content script still bundles the polyfill.
    const withPolyfill = scripts.some(({ parts }) =>
      parts.some((part) => part.group === 'webextension-polyfill' && part.raw > 0),
    );
    const bare = withPolyfill ? buildVariant('no-polyfill', join(scratch, 'no-polyfill')) : '';
    return scripts.flatMap(({ file, tracker, parts }): BenchRow[] => [
      // The polyfill and WXT's runtime always get a row (0 when not bundled); others when present.
      ...parts
        .filter(
          (part) =>
            part.raw > 0 || part.group === 'webextension-polyfill' || part.group === 'WXT runtime',
        )
        .map((part): BenchRow => ({
          name: `content script ${tracker}: ${label(part.group)} share (gzip, marginal; ${(part.raw / 1024).toFixed(1)} KB raw, ${(part.share * 100).toFixed(0)}% of the bytes)`,
          value: part.gzip / 1024,
          unit: 'KB',
        })),
      ...(withPolyfill
        ? [
            {
              name: `content script ${tracker} built without webextension-polyfill (gzip)`,
              value: gz(readFileSync(join(bare, file))) / 1024,
              unit: 'KB',
              budget: 10,
            },
          ]
        : []),
    ]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printBenchTable } = await import('./table');
  printBenchTable(benchContentScriptWeight());
}
