// The part of jsdom's API the marks tests use (jsdom comes with vitest's jsdom environment; its
// own types are not installed).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; runScripts?: 'dangerously' });
    readonly window: Window & typeof globalThis;
  }
}
