// Maps between article text offsets (UTF-16 code units over the normalised text) and the DOM
// the reader's Lexical editor renders: one <p> per paragraph, one text node inside each.
import type { Paragraph } from '../../../shared/text/normalise';

export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

/** The text node of paragraph `index`, or null when it has none (yet). */
export type TextNodeLookup = (index: number) => Text | null;

/** Index of the paragraph holding `offset`, or of the nearest one after it. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((paragraphs[mid]?.end ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function textNodeOf(paragraphElement: Element | undefined): Text | null {
  if (!paragraphElement) return null;
  const walker = paragraphElement.ownerDocument.createTreeWalker(paragraphElement, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * A lookup that finds each paragraph's text node once and remembers it: the reader's document
 * is built once, so painting thousands of highlights walks the DOM only for new paragraphs.
 * A remembered node that left the paragraph (Lexical rebuilt it) is looked up again.
 */
export function cachedTextNodes(root: HTMLElement): TextNodeLookup {
  const nodes: (Text | null | undefined)[] = [];
  return (index) => {
    const element = root.children[index];
    const known = nodes[index];
    if (known && element?.contains(known)) return known;
    const found = textNodeOf(element);
    nodes[index] = found;
    return found;
  };
}

/** The DOM point for a text offset, clamped into the paragraph that holds it. */
export function domPointAt(root: HTMLElement, paragraphs: readonly Paragraph[], offset: number): DomPoint | null {
  const index = paragraphIndexAt(paragraphs, offset);
  const paragraph = paragraphs[index];
  const node = textNodeOf(root.children[index]);
  if (!paragraph || !node) return null;
  return { node, offset: Math.min(node.length, Math.max(0, offset - paragraph.start)) };
}

/** The text offset of a DOM boundary point inside the reader, or null when it is outside. */
export function textOffsetAt(root: HTMLElement, paragraphs: readonly Paragraph[], node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node === root) {
    const paragraph = offset >= paragraphs.length ? paragraphs.at(-1) : paragraphs[offset];
    if (!paragraph) return null;
    return offset >= paragraphs.length ? paragraph.end : paragraph.start;
  }
  let element: Node | null = node;
  while (element && element.parentNode !== root) element = element.parentNode;
  if (!element) return null;
  const index = Array.prototype.indexOf.call(root.children, element) as number;
  const paragraph = paragraphs[index];
  if (!paragraph) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offset);
  return paragraph.start + Math.min(range.toString().length, paragraph.end - paragraph.start);
}

/** Static ranges covering [start, end), one per paragraph it touches. */
export function staticRangesFor(
  root: HTMLElement,
  paragraphs: readonly Paragraph[],
  start: number,
  end: number,
  textNodeAt: TextNodeLookup = (index) => textNodeOf(root.children[index]),
): StaticRange[] {
  const ranges: StaticRange[] = [];
  for (let index = paragraphIndexAt(paragraphs, start); index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    if (!paragraph || paragraph.start >= end) break;
    const node = textNodeAt(index);
    if (!node) continue;
    const from = Math.max(start, paragraph.start) - paragraph.start;
    const to = Math.min(end, paragraph.end) - paragraph.start;
    if (to > from) ranges.push(new StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to }));
  }
  return ranges;
}
