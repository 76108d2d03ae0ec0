import { defineConfig } from 'wxt';
import base from '../wxt.config';

/**
 * The project's WXT config, built into a scratch directory for the content-script weight bench
 * (content-script-weight.ts): with source maps (to attribute each byte to the file it came from),
 * or without the webextension-polyfill module (`wxt/browser` is then WXT's own `chrome` shim).
 */
const variant = process.env.THROUGHLINE_WEIGHT_VARIANT;
const outDir = process.env.THROUGHLINE_WEIGHT_OUT_DIR;
if (!outDir) throw new Error('THROUGHLINE_WEIGHT_OUT_DIR is not set');

export default defineConfig({
  ...base,
  outDir,
  modules: (base.modules ?? []).filter(
    (module) => variant !== 'no-polyfill' || module !== '@wxt-dev/webextension-polyfill',
  ),
  vite: () => ({ build: { sourcemap: variant === 'sourcemap' ? 'hidden' : false } }),
});
