// The printed passage and rich text, rendered to markup: every fact in place, analyst and imported
// text always as text, and only safe links kept.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NumberedPassage } from '../../../renderer/features/dossier/model/dossierEntries';
import { readRichText } from '../../../renderer/features/dossier/model/richTextTree';
import { PrintPassage } from '../../../renderer/features/dossier/print/PrintPassage';
import { RichTextView } from '../../../renderer/features/dossier/print/RichTextView';
import { annotation, source } from './fixtures';

function passage(fields: Parameters<typeof annotation>[1] = {}, commentary = ''): NumberedPassage {
  return {
    type: 'passage',
    item: { type: 'passage', id: 'i1', annotationId: 'a1', commentary },
    number: 2,
    annotation: annotation('a1', fields),
    source: source('src-1', { title: 'Pezeshkian calls Aliyev', publisher: 'OC Media', url: 'https://oc-media.org/x' }),
    links: [
      { id: 'l1', text: 'denies passage 1', passageNumber: 1 },
      { id: 'l2', text: 'supported by claim “x” (Other)', passageNumber: null },
    ],
  };
}

describe('print view', () => {
  it('prints the kind, quote, facts, links, commentary and citation of a passage', () => {
    const html = renderToStaticMarkup(
      <PrintPassage
        entry={passage(
          { kind: 'denial', actor: 'Masoud Pezeshkian', target: 'Azerbaijan', eventDate: { value: '2026-03', precision: 'approximate' }, credibility: 2 },
          'Key denial.',
        )}
        anchor="passage-2"
      />,
    );
    expect(html).toContain('id="passage-2"');
    expect(html).toContain('class="print-passage print-kind-denial"');
    expect(html).toContain('<span class="print-kind-badge">Denial</span> Passage 2');
    expect(html).toContain('“Text of”');
    expect(html).toContain('<dd dir="auto">March 2026 (approximate)</dd>');
    expect(html).toContain('2: Probably true');
    expect(html).toContain('B: Usually reliable');
    expect(html).toContain('<a href="#passage-1">denies passage 1</a>');
    expect(html).toContain('supported by claim “x” (Other)');
    expect(html).toContain('Key denial.');
    expect(html).toContain('“<bdi>Pezeshkian calls Aliyev</bdi>”, <bdi>OC Media</bdi>, 9 March 2026. <a href="https://oc-media.org/x"');
    expect(html).not.toContain('print-warning');
  });

  it('warns on an orphan and renders hostile text as text', () => {
    const html = renderToStaticMarkup(
      <PrintPassage
        entry={passage({ anchor: { state: 'orphan', score: 0, checkedAt: '2026-03-10T12:00:00.000Z' }, actor: '<img src=x onerror=alert(1)>' }, '<script>x</script>')}
        anchor="passage-2"
      />,
    );
    expect(html).toContain('Orphan: this passage is no longer found');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps a Persian title’s closing quotation mark and publisher outside its right-to-left run, and marks the quote’s language', () => {
    const entry: NumberedPassage = {
      ...passage(),
      source: source('src-fa', { title: 'تماس تلفنی پزشکیان و علی‌اف', publisher: 'Tasnim', language: 'fa', url: '' }),
    };
    const html = renderToStaticMarkup(<PrintPassage entry={entry} anchor="passage-2" />);
    expect(html).toContain('“<bdi>تماس تلفنی پزشکیان و علی‌اف</bdi>”, <bdi>Tasnim</bdi>, 9 March 2026.');
    expect(html).toMatch(/<blockquote class="print-quote" dir="auto" lang="fa">/);
  });

  it('renders a note’s rich text with headings under the document’s own, and drops unsafe links', () => {
    const blocks = readRichText(
      JSON.stringify({
        root: {
          children: [
            { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Top', format: 0 }] },
            { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click', format: 1 }] }] },
            { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [{ type: 'text', text: '<b>raw</b>', format: 2 }] }] },
          ],
        },
      }),
    );
    const html = renderToStaticMarkup(<RichTextView blocks={blocks} minHeadingLevel={3} />);
    expect(html).toBe('<h3 dir="auto">Top</h3><p dir="auto"><strong>click</strong></p><ul><li><em>&lt;b&gt;raw&lt;/b&gt;</em></li></ul>');
  });
});
