import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILDS = {
  chrome: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv2'),
} as const;
export type Build = keyof typeof BUILDS;

const webAccessible = z.union([
  z.string(),
  z.object({ resources: z.array(z.string()), matches: z.array(z.string()).optional() }),
]);

/** The manifest keys the release checks read; anything else passes through. */
export const Manifest = z
  .object({
    manifest_version: z.union([z.literal(2), z.literal(3)]),
    version: z.string(),
    permissions: z.array(z.string()).default([]),
    host_permissions: z.array(z.string()).default([]),
    optional_permissions: z.array(z.string()).default([]),
    optional_host_permissions: z.array(z.string()).default([]),
    web_accessible_resources: z.array(webAccessible).default([]),
    content_security_policy: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
    content_scripts: z
      .array(z.object({ matches: z.array(z.string()), js: z.array(z.string()).default([]) }))
      .default([]),
    icons: z.record(z.string(), z.string()).default({}),
  })
  .loose();
export type Manifest = z.infer<typeof Manifest>;

export function readManifest(build: Build): Manifest {
  const file = join(BUILDS[build], 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${build} build: run "npm run build" first`);
  return Manifest.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every file of a build, as paths relative to it. */
export function buildFiles(build: Build): string[] {
  const dir = BUILDS[build];
  const walk = (path: string): string[] =>
    readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(path, entry.name)) : [join(path, entry.name)],
    );
  return walk(dir).map((file) => relative(dir, file));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The README's Permissions section: the first column of its "Required" and "Optional" tables,
 * e.g. "| `storage` | why |". The manifests must ask for exactly these.
 */
export function documentedPermissions(readme: string): { required: string[]; optional: string[] } {
  const section = readme.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const table = (heading: string) => {
    const part = section.split(new RegExp(`^### ${heading}.*$`, 'm'))[1]?.split(/^### /m)[0];
    if (!part) throw new Error(`README.md Permissions has no "### ${heading}" table`);
    return [...part.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]!);
  };
  return { required: table('Required'), optional: table('Optional') };
}
