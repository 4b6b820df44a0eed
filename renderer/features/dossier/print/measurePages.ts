// The measured second pass behind the contents' page numbers. Chromium has no `target-counter()`,
// so the print view is laid out once more on screen as a multi-column box whose every column is a
// page's content box (print.css, `data-state="measuring"`): the same block fragmentation engine
// that paginates for printToPDF then breaks it where printing will, with the same forced breaks,
// unbroken passages, orphans and widows. The column an anchor lands in is its page.

/** Page numbers (from 1) of the elements with the given ids inside `root`, the measuring box. */
export function measurePages(root: HTMLElement, anchors: readonly string[]): Map<string, number> {
  const box = root.getBoundingClientRect();
  // One column as wide as the box, no gap: columns repeat at the box's own width.
  const pitch = box.width;
  const pages = new Map<string, number>();
  if (pitch <= 0) return pages;
  for (const anchor of anchors) {
    const element = root.querySelector(`[id="${CSS.escape(anchor)}"]`);
    if (!element) continue;
    // The first fragment of an element split across columns is its leftmost rectangle.
    const left = element.getBoundingClientRect().left - box.left;
    pages.set(anchor, Math.floor((left + 0.5) / pitch) + 1);
  }
  return pages;
}

export function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page);
}
