import { describe, expect, it } from 'vitest';
import type { DossierItem } from '../../../shared/model';
import {
  addPassages,
  insertItem,
  moveItem,
  moveItemBy,
  moveItemNextTo,
  newNarrativeItem,
  removeItem,
  setCommentary,
  setNarrativeContent,
} from '../../../renderer/features/dossier/model/dossierItems';

const passage = (id: string, annotationId = `a-${id}`): DossierItem => ({ type: 'passage', id, annotationId, commentary: '' });
const ids = (items: readonly DossierItem[]): string[] => items.map((i) => i.id);

describe('dossier items', () => {
  const items = [passage('1'), passage('2'), passage('3')];

  it('adds only annotations not yet in the dossier, in the order given, where asked', () => {
    const next = addPassages(items, ['a-2', 'x', 'y', 'x'], 1);
    expect(next.map((i) => (i.type === 'passage' ? i.annotationId : ''))).toEqual(['a-1', 'x', 'y', 'a-2', 'a-3']);
    expect(addPassages(items, ['a-1', 'a-3'])).toBe(items);
  });

  it('moves an item to its new index, clamped, and leaves the list alone when it stays', () => {
    expect(ids(moveItem(items, '1', 2))).toEqual(['2', '3', '1']);
    expect(ids(moveItem(items, '3', 0))).toEqual(['3', '1', '2']);
    expect(ids(moveItem(items, '2', 99))).toEqual(['1', '3', '2']);
    expect(moveItem(items, '2', 1)).toBe(items);
    expect(moveItem(items, 'missing', 0)).toBe(items);
  });

  it('moves by steps and next to another item, on whatever order is stored', () => {
    expect(ids(moveItemBy(items, '3', -1))).toEqual(['1', '3', '2']);
    expect(ids(moveItemBy(moveItemBy(items, '3', -1), '3', -1))).toEqual(['3', '1', '2']);
    expect(moveItemBy(items, '1', -1)).toBe(items);
    expect(ids(moveItemNextTo(items, '3', '1', false))).toEqual(['3', '1', '2']);
    expect(ids(moveItemNextTo(items, '1', '2', true))).toEqual(['2', '1', '3']);
    expect(ids(moveItemNextTo(items, '1', '3', false))).toEqual(['2', '1', '3']);
    expect(moveItemNextTo(items, '1', '1', true)).toBe(items);
    expect(moveItemNextTo(items, '1', 'gone', true)).toBe(items);
  });

  it('inserts and removes', () => {
    const section = newNarrativeItem();
    expect(ids(insertItem(items, section, 1))).toEqual(['1', section.id, '2', '3']);
    expect(ids(removeItem(items, '2'))).toEqual(['1', '3']);
    expect(removeItem(items, 'missing')).toBe(items);
  });

  it('changes commentary and narrative content only on the matching kind of item', () => {
    const section = newNarrativeItem();
    const mixed = [...items, section];
    const commented = setCommentary(mixed, '2', 'Key passage.');
    expect(commented[1]).toMatchObject({ commentary: 'Key passage.' });
    expect(setCommentary(commented, '2', 'Key passage.')).toBe(commented);
    expect(setCommentary(mixed, section.id, 'x')).toBe(mixed);
    const written = setNarrativeContent(mixed, section.id, '{"root":{}}', 'Text');
    expect(written[3]).toMatchObject({ content: '{"root":{}}', contentText: 'Text' });
    expect(setNarrativeContent(mixed, '1', 'x', 'x')).toBe(mixed);
  });
});
