/**
 * DOM selection ↔ document offsets for the virtualized transcript. Every segment of turn text is a
 * `<span data-o="offset">` holding exactly one text node; every turn row carries `data-ts`/`data-te`
 * (the turn's text range). Points in a speaker label, a margin or between rows are clamped to the
 * nearest turn text, so a selection that ends there still codes the words a person sees selected.
 */

export interface OffsetRange {
  start: number;
  end: number;
}

const SEGMENT = '[data-o]';
const ROW = '[data-ts]';

const num = (el: Element, name: string) => Number(el.getAttribute(name));

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

/** Start of the first segment at or after child `index` of the turn text element, else the turn's end. */
function offsetAtChild(textEl: Element, index: number, row: Element): number {
  for (let i = index; i < textEl.childNodes.length; i++) {
    const child = textEl.childNodes[i]!;
    if (child.nodeType === Node.ELEMENT_NODE && (child as Element).matches(SEGMENT)) return num(child as Element, 'data-o');
  }
  return num(row, 'data-te');
}

/** The offset of one DOM point inside the transcript root, or null when the point is not in it (or in an editor). */
export function pointToOffset(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const el = elementOf(node);
  if (!el || el.closest('[contenteditable="true"]')) return null;
  const segment = el.closest(SEGMENT);
  if (segment && root.contains(segment)) {
    const o = num(segment, 'data-o');
    if (node.nodeType === Node.TEXT_NODE) return o + Math.min(offset, node.textContent?.length ?? 0);
    return offset === 0 ? o : o + (segment.textContent?.length ?? 0);
  }
  const row = el.closest(ROW);
  if (row && root.contains(row)) {
    const start = num(row, 'data-ts');
    const end = num(row, 'data-te');
    const textEl = row.querySelector('.turn-text');
    if (!textEl) return start;
    if (node === textEl) return offsetAtChild(textEl, offset, row);
    const position = textEl.compareDocumentPosition(node);
    if (position & Node.DOCUMENT_POSITION_CONTAINS) {
      // The point is in an ancestor of the text (the row itself): before or after the child holding the text?
      const children = [...node.childNodes];
      const holder = children.findIndex((c) => c === textEl || c.contains(textEl));
      return offset <= holder ? start : end;
    }
    return position & Node.DOCUMENT_POSITION_PRECEDING ? start : end;
  }
  // Between rows: the next mounted row's start, or the last row's end.
  const point = document.createRange();
  point.setStart(node, offset);
  const rows = [...root.querySelectorAll(ROW)];
  const next = rows.find((r) => point.comparePoint(r, 0) === 1);
  if (next) return num(next, 'data-ts');
  const last = rows.at(-1);
  return last ? num(last, 'data-te') : null;
}

/** The document range of the page selection, when both ends map into the transcript; ends outside are clamped. */
export function selectionToRange(root: Element, selection: Selection): OffsetRange | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const clampOutside = (node: Node, offset: number, edge: 'start' | 'end'): number | null => {
    const inside = pointToOffset(root, node, offset);
    if (inside !== null || root.contains(node)) return inside;
    // Outside the transcript: a selection dragged past the list's edge ends at the first/last mounted turn.
    const rows = root.querySelectorAll(ROW);
    const row = edge === 'start' ? rows[0] : rows[rows.length - 1];
    return row ? num(row, edge === 'start' ? 'data-ts' : 'data-te') : null;
  };
  const startInside = root.contains(range.startContainer);
  const endInside = root.contains(range.endContainer);
  if (!startInside && !endInside) return null;
  const start = clampOutside(range.startContainer, range.startOffset, 'start');
  const end = clampOutside(range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The text node and offset inside it for a document offset, when its turn is mounted. */
export function offsetToPoint(root: Element, offset: number, prefer: 'start' | 'end'): { node: Node; offset: number } | null {
  const rows = [...root.querySelectorAll(ROW)];
  let row = rows.find((r) => num(r, 'data-ts') <= offset && offset <= num(r, 'data-te'));
  let at = offset;
  if (!row) {
    // In the gap between turns: the end of the turn before or the start of the one after.
    const before = rows.filter((r) => num(r, 'data-te') < offset).at(-1);
    const after = rows.find((r) => num(r, 'data-ts') > offset);
    row = prefer === 'end' ? (before ?? after) : (after ?? before);
    if (!row) return null;
    at = row === before ? num(row, 'data-te') : num(row, 'data-ts');
  }
  const segments = [...row.querySelectorAll(SEGMENT)];
  for (const seg of segments) {
    const o = num(seg, 'data-o');
    const text = seg.firstChild;
    const len = text?.textContent?.length ?? 0;
    const inside = prefer === 'end' ? at > o && at <= o + len : at >= o && at < o + len;
    if (inside && text) return { node: text, offset: at - o };
  }
  const edge = prefer === 'end' ? segments.at(-1) : segments[0];
  if (!edge?.firstChild) return null;
  return { node: edge.firstChild, offset: prefer === 'end' ? (edge.firstChild.textContent?.length ?? 0) : 0 };
}

/** Selects a document range in the page, when both of its ends are mounted. */
export function selectRange(root: Element, range: OffsetRange): boolean {
  const a = offsetToPoint(root, range.start, 'start');
  const b = offsetToPoint(root, range.end, 'end');
  const selection = document.getSelection();
  if (!a || !b || !selection) return false;
  selection.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
  return true;
}

/** The viewport rectangle of a mounted document range (for placing the floating button and the palette). */
export function rangeRect(root: Element, range: OffsetRange): DOMRect | null {
  const a = offsetToPoint(root, range.start, 'start');
  const b = offsetToPoint(root, range.end, 'end');
  if (!a && !b) return null;
  const from = a ?? b!;
  const to = b ?? a!;
  const r = document.createRange();
  r.setStart(from.node, from.offset);
  r.setEnd(to.node, to.offset);
  const rects = r.getClientRects();
  return rects.length ? rects[rects.length - 1]! : r.getBoundingClientRect();
}
