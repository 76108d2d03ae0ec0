import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './row';

/** Size of each tracker's built content script, raw and gzipped (DESIGN.md budget: 10 KB gzipped, summary and list overlays included). */
export function benchContentScriptSize(extensionDir: string): BenchRow[] {
  const dir = join(extensionDir, 'content-scripts');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .flatMap((file) => {
      const code = readFileSync(join(dir, file));
      const tracker = file.replace(/\.js$/, '');
      const gzipped = gzipSync(code, { level: 9 }).length;
      return [
        { name: `content script ${tracker} (raw)`, value: code.length / 1024, unit: 'KB' },
        { name: `content script ${tracker} (gzip)`, value: gzipped / 1024, unit: 'KB', budget: 10 },
      ];
    });
}
