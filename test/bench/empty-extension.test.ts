import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEmptyExtension } from '../../bench/empty-extension';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function builtExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-built-'));
  made.push(dir);
  mkdirSync(join(dir, 'content-scripts'));
  const manifest = {
    manifest_version: 3,
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: ['https://github.com/*'],
        run_at: 'document_idle',
        js: ['content-scripts/github.js'],
      },
      { matches: ['https://linear.app/*'], js: ['content-scripts/linear.js'] },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), 'chrome.alarms.create("sync", {});');
  writeFileSync(join(dir, 'content-scripts', 'github.js'), 'document.body.append("x");');
  writeFileSync(join(dir, 'content-scripts', 'linear.js'), 'document.body.append("y");');
  writeFileSync(join(dir, 'content-scripts', 'gitlab.js'), 'document.body.append("z");');
  writeFileSync(join(dir, 'sidebar.html'), '<!doctype html><p>sidebar</p>');
  return dir;
}

describe('the empty-content-script extension (the host-cost floor)', () => {
  it('keeps the manifest and every other file, and empties the content scripts and the worker', () => {
    const built = builtExtension();
    const empty = makeEmptyExtension(built);
    made.push(empty);
    const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
    expect(read(empty, 'manifest.json')).toBe(read(built, 'manifest.json'));
    expect(read(empty, 'sidebar.html')).toBe(read(built, 'sidebar.html'));
    for (const file of ['github.js', 'linear.js', 'gitlab.js'])
      expect(read(empty, `content-scripts/${file}`)).toBe('');
    expect(read(empty, 'background.js')).toBe('');
    // The build itself is untouched.
    expect(read(built, 'content-scripts/github.js')).toBe('document.body.append("x");');
  });
});
