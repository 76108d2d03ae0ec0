import type { Plugin } from 'vite';

/** A content script as WXT's build leaves it once minified: `var t=function(){…}();`. */
const MINIFIED_IIFE = /^var ([\w$]+)=function\(\)\{[\s\S]*\}\(\);?\s*$/;

/**
 * The same script, started at the first idle moment after the page's `load` (at once on a page
 * that had loaded before the script was injected): its function is no longer called where it is
 * defined. Chromium runs a `document_idle` script just before `load` at the latest, and `load`
 * waits for it: evaluating the whole script there held `load` back by 4 to 6 ms on the tracker
 * replicas, where V8 now only pre-parses the function (`npm run bench`, host load event). Nothing
 * the script does can delay `load` either: a frame inserted before it delayed it by about 90 ms on
 * a GitHub issue page, and the first use of an extension API builds the page's bindings. Only the
 * end of the code changes, so a source map of it stays true.
 */
export function startAfterLoad(code: string): string {
  const start = MINIFIED_IIFE.exec(code)?.[1];
  if (!start)
    throw new Error(
      'start-after-load: the content script is not `var t=function(){…}();` (is it minified?)',
    );
  const defined = code.replace(/\(\);?\s*$/, ';');
  const whenIdle = `()=>requestIdleCallback(${start},{timeout:500})`;
  return `${defined}"complete"===document.readyState?${start}():addEventListener("load",${whenIdle},{once:!0});`;
}

/** Vite plugin: every entry chunk of the build (one content script) starts after `load`. */
export function startContentScriptAfterLoad(): Plugin {
  return {
    name: 'throughline:start-after-load',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = startAfterLoad(chunk.code);
    },
  };
}
