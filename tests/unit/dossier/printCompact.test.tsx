// The compact PDF layout's parts: word-boundary cuts, the line of context either side of a quote,
// the Admiralty code, the numbered sources, and a compact passage that leaves empty fields out.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { admiraltyCode } from '../../../renderer/features/dossier/model/citation';
import type { DossierEntry, NumberedPassage } from '../../../renderer/features/dossier/model/dossierEntries';
import { CompactPassage } from '../../../renderer/features/dossier/print/CompactPassage';
import { buildPrintModel, defaultLayout, sourceNumber } from '../../../renderer/features/dossier/print/printModel';
import { cutAtWordEnd, cutAtWordStart, quoteContext } from '../../../renderer/features/dossier/print/wordCuts';
import { annotation, source } from './fixtures';
import type { Dossier } from '../../../shared/model';

function passage(id: string, number: number, fields: Parameters<typeof annotation>[1] = {}): NumberedPassage {
  const a = annotation(id, fields);
  return { type: 'passage', item: { type: 'passage', id: `i-${id}`, annotationId: id, commentary: '' }, number, annotation: a, source: source(a.sourceId), links: [] };
}

const DOSSIER: Dossier = { id: 'd1', title: 'T', subtitle: '', author: '', handling: '', summary: '', items: [], createdAt: '2026-03-10T12:00:00.000Z', updatedAt: '2026-03-10T12:00:00.000Z' };

describe('word-boundary cuts', () => {
  it('cuts after the last whole word that fits, and before the first whole word from the end', () => {
    expect(cutAtWordEnd('The phone call added a further layer', 20)).toBe('The phone call…');
    expect(cutAtWordEnd('short  text', 20)).toBe('short text');
    expect(cutAtWordEnd('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(cutAtWordStart('The phone call added a further layer', 20)).toBe('…a further layer');
    expect(cutAtWordEnd('دو کشور گفتند که روابط خود را ادامه می دهند', 20)).toBe('دو کشور گفتند که…');
  });
});

describe('quote context', () => {
  const text = 'Before that, the president called his counterpart on Sunday evening and denied any involvement.';
  const start = text.indexOf('called');
  const end = text.indexOf(' on Sunday');
  const placed = { quote: { exact: text.slice(start, end), prefix: text.slice(start - 20, start), suffix: text.slice(end, end + 20) }, position: { start, end } };

  it('takes a line either side from the source text, cut at word boundaries', () => {
    expect(quoteContext(placed, text)).toEqual({ before: 'Before that, the president ', after: ' on Sunday evening and denied any involvement.' });
    expect(quoteContext(placed, text, 20)).toEqual({ before: '…the president ', after: ' on Sunday evening…' });
  });

  it('falls back to the stored prefix and suffix, dropping their partial outer words', () => {
    expect(quoteContext(placed, undefined)).toEqual({ before: '…the president ', after: ' on Sunday evening…' });
    expect(quoteContext(placed, 'a different text now')).toEqual(quoteContext(placed, undefined));
    expect(quoteContext({ ...placed, quote: { ...placed.quote, prefix: '', suffix: '' } }, undefined)).toEqual({ before: '', after: '' });
  });
});

describe('compact layout', () => {
  it('is the default from 11 passages', () => {
    expect(defaultLayout(10)).toBe('detailed');
    expect(defaultLayout(11)).toBe('compact');
  });

  it('writes the Admiralty grading as one code', () => {
    expect(admiraltyCode('B', 3)).toBe('B3');
    expect(admiraltyCode('F', null)).toBe('F–');
  });

  it('numbers sources by first citation and lists them last in the contents', () => {
    const entries: DossierEntry[] = [passage('a1', 1, { sourceId: 'src-2' }), passage('a2', 2, { sourceId: 'src-1' }), passage('a3', 3, { sourceId: 'src-2' })];
    const compact = buildPrintModel(DOSSIER, entries, { view: 'composed', layout: 'compact', now: new Date() });
    expect(compact.sources.map((s) => s.id)).toEqual(['src-2', 'src-1']);
    expect(sourceNumber(compact, 'src-1')).toBe(2);
    expect(compact.contents.at(-1)).toEqual({ anchor: 'sources', text: 'Sources', level: 1 });
    const detailed = buildPrintModel(DOSSIER, entries, { view: 'composed', layout: 'detailed', now: new Date() });
    expect(detailed.contents.map((c) => c.anchor)).not.toContain('sources');
  });

  it('cuts contents entries at word boundaries', () => {
    const long = 'Text of a very long passage that keeps going well past the length a contents line can hold in print';
    const model = buildPrintModel(DOSSIER, [passage('a1', 1, { quote: { exact: long, prefix: '', suffix: '' } })], { view: 'composed', layout: 'compact', now: new Date() });
    expect(model.contents[0]?.text).toBe('1. Claim: “\u2068Text of a very long passage that keeps going…\u2069” — \u2068Article src-1\u2069');
  });

  it('prints the filled-in fields on one line with the code and the source’s number, the quote between its context', () => {
    const html = renderToStaticMarkup(
      <CompactPassage
        entry={passage('a1', 4, { kind: 'denial', actor: 'Masoud Pezeshkian', credibility: 3, eventDate: { value: '2026-03-08', precision: 'day' } })}
        anchor="passage-4"
        context={{ before: '…that, the president ', after: ' on Sunday…' }}
        sourceNumber={2}
      />,
    );
    expect(html).toContain('Passage 4 · <span class="print-grading">B3</span>');
    expect(html).toContain('Actor</span> <bdi>Masoud Pezeshkian</bdi>');
    expect(html).toContain('Date</span> <bdi>8 March 2026 (day)</bdi>');
    expect(html).toContain('<a href="#source-2">[2]</a>');
    expect(html).toContain('<span class="print-context" dir="auto">…that, the president </span><span class="print-quote-text" dir="auto">“Text of”</span><span class="print-context" dir="auto"> on Sunday…</span>');
    expect(html).not.toContain('Target');
    expect(html).not.toContain('Note');
    expect(html).not.toContain('Commentary');
  });
});
