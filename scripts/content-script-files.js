// @ts-check
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Every source file that ends up in a content script: the `entrypoints/*.content.ts` files and
 * what they import, followed through relative imports (type-only imports included, so a type's
 * file cannot smuggle a runtime import in later). Used by eslint.config.js to hold these files to
 * the content-script import rules, whatever folder they live in.
 *
 * @param {string} root the repository root
 * @returns {string[]} paths relative to `root`, with forward slashes
 */
export function contentScriptFiles(root) {
  const entrypoints = readdirSync(join(root, 'entrypoints'))
    .filter((name) => name.endsWith('.content.ts'))
    .map((name) => join(root, 'entrypoints', name));
  const seen = new Set();
  const queue = [...entrypoints];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolveSource(dirname(file), /** @type {string} */ (specifier));
      if (target) queue.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/** @param {string} from @param {string} specifier */
function resolveSource(from, specifier) {
  const base = resolve(from, specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && !candidate.endsWith('/') && /\.tsx?$/.test(candidate),
  );
}
