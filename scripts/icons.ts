/**
 * `npm run icons`: renders the one icon source (scripts/icons/throughline.svg) to every size the
 * stores and browsers ask for, as public/icon/<size>.png, which WXT lists in both manifests.
 * Chrome Web Store: 128 (store), 48 (extensions page), 32 and 16 (toolbar, favicon).
 * AMO / Firefox: 48 and 96 (add-ons manager on high-density screens), 32 (menu panel).
 * The PNGs are committed so a build needs no rasteriser; `--check` fails when one is missing or
 * differs from a fresh render (the release checks run it).
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const root = join(import.meta.dirname, '..');
export const ICON_SOURCE = join(root, 'scripts', 'icons', 'throughline.svg');
export const ICON_DIR = join(root, 'public', 'icon');

export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function main(check: boolean): number {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  mkdirSync(ICON_DIR, { recursive: true });
  let stale = 0;
  for (const size of ICON_SIZES) {
    const file = join(ICON_DIR, `${size}.png`);
    const png = renderIcon(svg, size);
    const same = existsSync(file) && readFileSync(file).equals(png);
    if (check) {
      if (!same) console.log(`✗ ${file} is missing or not rendered from ${ICON_SOURCE}`);
      stale += same ? 0 : 1;
    } else if (!same) {
      writeFileSync(file, png);
      console.log(`wrote ${file}`);
    }
  }
  if (check && stale === 0) console.log(`✓ ${ICON_SIZES.length} icons match their source`);
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] === import.meta.filename) process.exit(main(process.argv.includes('--check')));
