/** Types for content-script-files.js (plain JS so eslint.config.js can load it without a build). */
export function contentScriptFiles(root: string): string[];
