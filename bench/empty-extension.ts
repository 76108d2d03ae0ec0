import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const Manifest = z.object({
  background: z.object({ service_worker: z.string() }).optional(),
  content_scripts: z.array(z.object({ js: z.array(z.string()).optional() })).default([]),
});

/**
 * The host-cost floor, made from the build in the same run: a copy of the extension with the same
 * manifest (so Chromium injects the same content scripts on the same pages, in the same isolated
 * world) whose content scripts and service worker are empty files. What the host page pays over
 * this copy is what our code costs it, not what having any extension costs.
 */
export function makeEmptyExtension(builtDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-empty-extension-'));
  cpSync(builtDir, dir, { recursive: true });
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const scripts = manifest.content_scripts.flatMap((script) => script.js ?? []);
  // Also every script WXT emits for content scripts, should the manifest list only some of them.
  const emitted = readdirSync(join(dir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `content-scripts/${file}`);
  const worker = manifest.background?.service_worker;
  for (const file of new Set([...scripts, ...emitted, ...(worker ? [worker] : [])]))
    writeFileSync(join(dir, file), '');
  return dir;
}
