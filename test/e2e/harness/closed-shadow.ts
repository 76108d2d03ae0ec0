import type { Page } from 'playwright-core';
import { luminanceOf } from '../../../lib/mount/host-theme';

interface AxNode {
  ignored?: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  backendDOMNodeId?: number;
}

/**
 * Something the content script draws in its closed shadow root, found as a person's screen reader
 * finds it: in the page's accessibility tree (Playwright locators stop at closed shadow roots).
 * The first `role` whose accessible name starts with `prefix`, or undefined.
 */
export async function findInAccessibilityTree(
  page: Page,
  role: string,
  prefix: string,
): Promise<{ name: string; backendNodeId: number } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    for (const node of nodes) {
      const name = node.name?.value;
      if (node.ignored || node.role?.value !== role || typeof name !== 'string') continue;
      if (name.startsWith(prefix) && node.backendDOMNodeId !== undefined)
        return { name, backendNodeId: node.backendDOMNodeId };
    }
    return undefined;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Every `role` in the page's accessibility tree whose accessible name starts with `prefix` (all of
 * them, in tree order): the marks a screen reader finds on a board or list.
 */
export async function listInAccessibilityTree(
  page: Page,
  role: string,
  prefix = '',
): Promise<{ name: string; backendNodeId: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes.flatMap((node) => {
      const name = node.name?.value;
      if (node.ignored || node.role?.value !== role || typeof name !== 'string') return [];
      if (!name.startsWith(prefix) || node.backendDOMNodeId === undefined) return [];
      return [{ name, backendNodeId: node.backendDOMNodeId }];
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A real mouse click at the centre of that element (what a person's click does). */
export async function clickInAccessibilityTree(
  page: Page,
  role: string,
  prefix: string,
): Promise<void> {
  const centre = await centreInAccessibilityTree(page, role, prefix);
  if (!centre) throw new Error(`No ${role} named "${prefix}…" on the page`);
  await page.mouse.click(centre.x, centre.y);
}

/**
 * The centre of the content box of the first node with that role and name prefix, on the page;
 * undefined when there is none.
 */
export async function centreInAccessibilityTree(
  page: Page,
  role: string,
  prefix: string,
): Promise<{ x: number; y: number } | undefined> {
  const found = await findInAccessibilityTree(page, role, prefix);
  if (!found) return undefined;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: found.backendNodeId,
    })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * A computed style of an element in a closed shadow root, by its accessibility node's DOM id
 * (DevTools reaches inside closed roots; page scripts and Playwright locators do not).
 */
export async function computedStyleInAccessibilityTree(
  page: Page,
  backendNodeId: number,
  property: string,
): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.send('CSS.enable');
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
      backendNodeIds: [backendNodeId],
    });
    const [nodeId] = nodeIds;
    if (!nodeId) return undefined;
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
    return computedStyle.find((entry) => entry.name === property)?.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * How light the background of an element in a closed shadow root is (0 black – 1 white);
 * undefined when it has none (transparent).
 */
export async function backgroundLuminanceInAccessibilityTree(
  page: Page,
  backendNodeId: number,
): Promise<number | undefined> {
  return luminanceOf(
    (await computedStyleInAccessibilityTree(page, backendNodeId, 'background-color')) ?? '',
  );
}
