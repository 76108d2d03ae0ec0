import { vi } from 'vitest';

/**
 * Every closed shadow root attached from now on, in order: the test keeps a handle on them, as the
 * content script does. `vi.restoreAllMocks()` ends it.
 */
export function keepClosedRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}
