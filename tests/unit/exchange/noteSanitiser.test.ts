// Notes from shared files keep only what the note editor makes: inline style and unknown node
// types go, with a warning in the import report; what the editor makes passes unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange';
import { plainTextToLexicalJson } from '../../../shared/exchange/lexicalNote';
import { sanitiseNote } from '../../../shared/exchange/noteSanitiser';

const SAMPLES = readFileSync(new URL('../../../docs/examples/samples.dossier', import.meta.url), 'utf8');

const text = (value: string, style = ''): object => ({ type: 'text', text: value, format: 1, detail: 0, mode: 'normal', style, version: 1 });
const note = (...children: object[]): string =>
  JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children }] } });

describe('sanitiseNote', () => {
  it('leaves what the editor makes alone: formats, links, lists, headings', () => {
    const made = JSON.stringify({
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [
          { type: 'heading', tag: 'h2', version: 1, direction: null, format: '', indent: 0, children: [text('Title')] },
          { type: 'list', listType: 'bullet', start: 1, tag: 'ul', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'listitem', value: 1, version: 1, direction: null, format: '', indent: 0, children: [{ type: 'link', url: 'https://example.org', rel: null, target: null, title: null, version: 1, direction: null, format: '', indent: 0, children: [text('a link')] }] }] },
        ],
      },
    });
    expect(sanitiseNote(made)).toEqual({ note: made, removed: null });
    expect(sanitiseNote(plainTextToLexicalJson('two\nlines')).removed).toBeNull();
  });

  it('empties inline style and drops unknown nodes, keeping the text around them', () => {
    const result = sanitiseNote(note(text('kept', 'background:url(https://track.example/p.png)'), { type: 'iframe', src: 'https://evil.example', version: 1 }, { type: 'linebreak', version: 1 }));
    expect(result.removed).toBe('inline style and parts the note editor cannot make (iframe)');
    const paragraph = (JSON.parse(result.note) as { root: { children: { children: { type: string; style?: string; text?: string }[] }[] } }).root.children[0];
    expect(paragraph?.children).toEqual([{ type: 'text', version: 1, text: 'kept', format: 1, detail: 0, mode: 'normal', style: '' }, { type: 'linebreak', version: 1 }]);
  });
});

describe('a shared file with styled notes', () => {
  it('is imported with the notes cleaned and a warning naming each', async () => {
    const file = JSON.parse(SAMPLES) as { annotations: Record<string, unknown>[] };
    const first = file.annotations[0];
    if (!first) throw new Error('the samples have no annotation');
    first['dw:note'] = note(text('styled', 'color:red'), { type: 'image', src: 'https://evil.example/x.png', version: 1 });
    const result = await parseExchangeText(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.content.annotations[0]?.note).not.toContain('color:red');
    expect(result.content.annotations[0]?.note).not.toContain('image');
    expect(result.warnings).toContainEqual({ path: "$.annotations[0]['dw:note']", message: 'inline style and parts the note editor cannot make (image) removed: notes keep only what the note editor itself makes' });
  });

  it('a note nested past the depth limit is refused, not walked', async () => {
    const file = JSON.parse(SAMPLES) as { annotations: Record<string, unknown>[] };
    const first = file.annotations[0];
    if (!first) throw new Error('the samples have no annotation');
    first['dw:note'] = `{"root":${'{"children":['.repeat(500)}${']}'.repeat(500)}}`;
    const result = await parseExchangeText(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/nested more than 100 levels/);
  });
});
