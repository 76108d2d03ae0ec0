import {
  contextWords,
  hasContext,
  isBucketColor,
  type TicketSummary,
} from '../../summary/ticket-summary';
import type { HostTheme } from '../host-theme';
import { importantStyle } from '../important-style';
import { contextWordsOnPage } from '../page-words';

export const MARK_TAG = 'throughline-mark';

/**
 * The host takes no room in any layout: absolutely positioned (so it is neither a flex nor a grid
 * item, and no `gap` counts it), and its only content is positioned too, so it has no size; what
 * it shows overflows it (`all: initial` leaves every other property at its initial value). It
 * never takes a click (`pointer-events: none`), nor the keyboard focus: a screen reader reads it
 * in the page's order, right after the link, as an image with a name.
 */
const HOST_STYLE = importantStyle([
  'all:initial',
  'position:absolute',
  'pointer-events:none',
  'z-index:1',
  // The row's own family: the mark reads as part of the list and needs no font of its own.
  'font-family:inherit',
]);

/**
 * One element in the shadow root, styled inline: no stylesheet per mark, and nothing for the page's
 * style engine to match. Positioned at its static place, the host's corner (an absolute box is a
 * block, and takes no clicks from the host's `pointer-events`). The bucket's dot is a background
 * layer; without a bucket colour it is the text colour at half strength. It starts with a
 * transform, so placing it (`measure`) only changes one, which the page need not lay out again for
 * (from none to one, it would).
 */
const MARK_STYLE = [
  'position:absolute;box-sizing:border-box;transform:translate(0,0)',
  'height:16px;max-width:130px;padding:0 6px 0 15px;border:1px solid;border-radius:8px',
  'font-weight:600;font-size:10px;line-height:14px',
  'white-space:nowrap;overflow:hidden;text-overflow:ellipsis',
].join(';');

const THEME_STYLE: Record<HostTheme, string> = {
  light: 'background-color:#fff;color:#1f2328;border-color:rgba(127,127,127,.4)',
  dark: 'background-color:#1c2128;color:#e6edf3;border-color:rgba(200,200,200,.3)',
};

const dotImage = (color: string) =>
  `radial-gradient(circle at 7px 50%, ${color} 3.5px, transparent 4px)`;

export interface Mark {
  readonly host: HTMLElement;
  readonly ticketId: string;
  draw(summary: TicketSummary): void;
  /**
   * Reads where the link's last line ends and returns what puts the mark there: every mark is
   * measured first and moved after, so a draw lays the page out once, not once per mark.
   */
  measure(link: Element): () => void;
}

/** The mark's accessible name: "Growth bets — Median time-to-match under 7 minutes (via PAY-42)". */
export function markLabel(summary: TicketSummary): string {
  return `${contextWords(summary, contextWordsOnPage())}${summary.source ? ` (${summary.source})` : ''}`;
}

/** A mark for one ticket, in a closed shadow root; text only (`textContent`), never markup. */
export function createMark(doc: Document, ticketId: string, theme: HostTheme): Mark {
  const host = doc.createElement(MARK_TAG);
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'closed' });
  const mark = doc.createElement('span');
  mark.setAttribute('role', 'img');
  mark.style.cssText = `${MARK_STYLE};${THEME_STYLE[theme]}`;
  root.append(mark);
  let drawn = '';
  return {
    host,
    ticketId,
    draw(summary) {
      const label = markLabel(summary);
      const color = summary.bucket?.color ?? '';
      if (drawn === label + color) return;
      drawn = label + color;
      mark.setAttribute('aria-label', label);
      // The visible part is short: the bucket (its colour and name); the name says the rest.
      mark.textContent = summary.bucket?.name ?? contextWords(summary, contextWordsOnPage());
      const dot =
        hasContext(summary) && isBucketColor(color)
          ? color
          : 'color-mix(in srgb, currentColor 50%, transparent)';
      mark.style.backgroundImage = dotImage(dot);
    },
    measure(link) {
      // A link in a line of text: the host right after it, positioned with no offsets, already
      // sits where that text ends (its static position), so only the line's height is read: style,
      // not layout. A link laid out as a block (a grid or flex item) is measured.
      const style = link.ownerDocument.defaultView?.getComputedStyle(link);
      let dx = 4;
      let dy: number;
      if (style?.display === 'inline') {
        dy = Math.round((parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2) / 2 - 8);
      } else {
        const last = lastLineOf(link);
        if (!last) return () => undefined;
        const at = host.getBoundingClientRect();
        dx = Math.round(last.right - at.left + 4);
        dy = Math.round(last.top + last.height / 2 - 8 - at.top);
      }
      return () => {
        mark.style.transform = `translate(${dx}px, ${dy}px)`;
      };
    },
  };
}

/**
 * Where the link's text ends: the last of its contents' line boxes. Not the link's own boxes: on
 * boards a link is often a grid or flex item, blockified to the whole width of its card, and its
 * box ends at the card's edge, not at its text's.
 */
function lastLineOf(link: Element): DOMRect | undefined {
  const range = link.ownerDocument.createRange();
  range.selectNodeContents(link);
  const lines = [...range.getClientRects()].filter((line) => line.width > 0);
  const boxes = link.getClientRects();
  return lines[lines.length - 1] ?? boxes[boxes.length - 1];
}
