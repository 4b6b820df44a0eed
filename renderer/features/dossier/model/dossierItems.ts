// Pure edits of a dossier's ordered items: add passages, add narrative sections, move, remove,
// change one. Each returns the same array when nothing changes, so callers can skip a write.
import { newId, type DossierItem } from '../../../../shared/model';

export type PassageItem = Extract<DossierItem, { type: 'passage' }>;
export type NarrativeItem = Extract<DossierItem, { type: 'narrative' }>;
export type ViewItem = Extract<DossierItem, { type: 'view' }>;

export function newPassageItem(annotationId: string): PassageItem {
  return { type: 'passage', id: newId(), annotationId, commentary: '' };
}

export function newNarrativeItem(): NarrativeItem {
  return { type: 'narrative', id: newId(), content: '', contentText: '' };
}

/** Appends (or inserts at `at`) a passage for each annotation not already in the dossier, in the order given. */
export function addPassages(items: readonly DossierItem[], annotationIds: readonly string[], at: number = items.length): readonly DossierItem[] {
  const present = new Set(items.flatMap((item) => (item.type === 'passage' ? [item.annotationId] : [])));
  const added: PassageItem[] = [];
  for (const id of annotationIds) {
    if (present.has(id)) continue;
    present.add(id);
    added.push(newPassageItem(id));
  }
  if (added.length === 0) return items;
  const index = Math.max(0, Math.min(at, items.length));
  return [...items.slice(0, index), ...added, ...items.slice(index)];
}

export function insertItem(items: readonly DossierItem[], item: DossierItem, at: number = items.length): readonly DossierItem[] {
  const index = Math.max(0, Math.min(at, items.length));
  return [...items.slice(0, index), item, ...items.slice(index)];
}

/** Moves the item to `toIndex` (its index once moved), clamped to the list. */
export function moveItem(items: readonly DossierItem[], itemId: string, toIndex: number): readonly DossierItem[] {
  const from = items.findIndex((item) => item.id === itemId);
  const moving = items[from];
  if (!moving) return items;
  const to = Math.max(0, Math.min(toIndex, items.length - 1));
  if (to === from) return items;
  const rest = items.filter((item) => item.id !== itemId);
  return [...rest.slice(0, to), moving, ...rest.slice(to)];
}

/** Moves the item `delta` places (negative: up); keys pressed faster than the list redraws add up. */
export function moveItemBy(items: readonly DossierItem[], itemId: string, delta: number): readonly DossierItem[] {
  const from = items.findIndex((item) => item.id === itemId);
  return from < 0 ? items : moveItem(items, itemId, from + delta);
}

/** Moves the item just before or after another, wherever the two are by the time it is stored. */
export function moveItemNextTo(items: readonly DossierItem[], itemId: string, targetId: string, after: boolean): readonly DossierItem[] {
  if (itemId === targetId) return items;
  const rest = items.filter((item) => item.id !== itemId);
  const target = rest.findIndex((item) => item.id === targetId);
  return target < 0 ? items : moveItem(items, itemId, target + (after ? 1 : 0));
}

export function removeItem(items: readonly DossierItem[], itemId: string): readonly DossierItem[] {
  const next = items.filter((item) => item.id !== itemId);
  return next.length === items.length ? items : next;
}

export function setCommentary(items: readonly DossierItem[], itemId: string, commentary: string): readonly DossierItem[] {
  const index = items.findIndex((item) => item.id === itemId);
  const item = items[index];
  if (item?.type !== 'passage' || item.commentary === commentary) return items;
  return items.map((other, i) => (i === index ? { ...item, commentary } : other));
}

export function setNarrativeContent(items: readonly DossierItem[], itemId: string, content: string, contentText: string): readonly DossierItem[] {
  const index = items.findIndex((item) => item.id === itemId);
  const item = items[index];
  if (item?.type !== 'narrative' || (item.content === content && item.contentText === contentText)) return items;
  return items.map((other, i) => (i === index ? { ...item, content, contentText } : other));
}
