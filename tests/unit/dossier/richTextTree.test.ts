import { describe, expect, it } from 'vitest';
import { readRichText, sectionTitle } from '../../../renderer/features/dossier/model/richTextTree';

const text = (t: string, format = 0): object => ({ type: 'text', text: t, format });

describe('rich text tree', () => {
  it('reads headings, quotes, lists, formatting and links', () => {
    const json = JSON.stringify({
      root: {
        children: [
          { type: 'heading', tag: 'h2', children: [text('Context')] },
          { type: 'paragraph', children: [text('Bold', 1), text(' and '), text('italic', 2), { type: 'linebreak' }] },
          { type: 'quote', children: [text('A quote')] },
          { type: 'list', listType: 'number', start: 1, children: [{ type: 'listitem', children: [text('One'), { type: 'list', listType: 'bullet', children: [] }] }] },
          { type: 'paragraph', children: [{ type: 'link', url: 'https://oc-media.org/', children: [text('OC Media')] }, { type: 'link', url: 'javascript:alert(1)', children: [text('bad')] }] },
        ],
      },
    });
    const blocks = readRichText(json);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'quote', 'list', 'paragraph']);
    expect(blocks[1]).toMatchObject({ children: [{ text: 'Bold', bold: true }, { text: ' and ' }, { text: 'italic', italic: true }, { kind: 'break' }] });
    expect(blocks[3]).toMatchObject({ ordered: true, items: [[{ kind: 'paragraph' }, { kind: 'list', ordered: false }]] });
    expect(blocks[4]).toMatchObject({ children: [{ kind: 'link', url: 'https://oc-media.org/' }, { kind: 'link', url: null }] });
    expect(sectionTitle(blocks)).toBe('Context');
  });

  it('falls back to the plain text for empty or broken JSON, and survives hostile nesting', () => {
    expect(readRichText('{not json', 'line one\nline two')).toHaveLength(2);
    expect(sectionTitle(readRichText('', 'First words of the section'))).toBe('First words of the section');
    expect(sectionTitle([])).toBe('Untitled section');
    // Built as text: JSON.stringify itself would run out of stack on this.
    const depth = 5_000;
    const deep = `${'{"type":"list","children":[{"type":"listitem","children":['.repeat(depth)}{"type":"text","text":"deep"}${']}]}'.repeat(depth)}`;
    expect(() => readRichText(`{"root":{"children":[${deep}]}}`)).not.toThrow();
  });
});
