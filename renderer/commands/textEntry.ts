// Whether keys belong to a text field: fields keep their own typing, undo and letters.

export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  // The attribute as well as the property: an editor's root is what holds focus and gets the keys.
  return target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}
