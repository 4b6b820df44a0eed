// PDF import end to end below the window: real PDFs (pdf-lib, qpdf, a Debian manual) read by
// pdf.js and assembled into an article's text with its page starts.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagesOfRange } from '../../../shared/import/pdfPages';
import { draftPdfArticle } from '../../../renderer/features/pages/pdfArticle';
import { column, encryptWithQpdf, makePdf, makeScanPdf } from './pdfFixtures';

const DEBIAN_PDF = '/usr/share/doc/camlidl/camlidl-1.04.doc.pdf';

describe('PDF import', () => {
  it('reads text page by page, joins a sentence across the page break and records where pages start', async () => {
    const bytes = await makePdf(
      [
        column([['The minister said on Monday that the talks'], ['Second paragraph starts here and it goes on', 'for a second line about the']], 60, 80),
        column([['negotiations in Vienna, which resumed.'], ['A final paragraph.']], 60, 80),
      ],
      { title: 'Readout of the Vienna talks', author: 'Press Office' },
    );
    const { draft, pageStarts } = await draftPdfArticle('readout.pdf', bytes);
    expect(draft.title).toBe('Readout of the Vienna talks');
    expect(draft.author).toBe('Press Office');
    expect(draft.text).toBe(
      'The minister said on Monday that the talks\n\nSecond paragraph starts here and it goes on for a second line about the negotiations in Vienna, which resumed.\n\nA final paragraph.',
    );
    expect(pageStarts).toEqual([0, draft.text.indexOf('negotiations')]);
    const start = draft.text.indexOf('about the negotiations');
    expect(pagesOfRange(pageStarts, start, start + 'about the negotiations'.length)).toEqual({ first: 1, last: 2 });
  });

  it('joins words hyphenated across lines', async () => {
    const bytes = await makePdf([column([['The inter-', 'national community and the well-', 'known envoy.']], 60, 80)]);
    const { draft } = await draftPdfArticle('hyphen.pdf', bytes);
    expect(draft.text).toBe('The international community and the wellknown envoy.');
  });

  it('reads two columns one after the other', async () => {
    const left = column([['Left one alpha', 'left two beta'], ['left three gamma', 'left four delta']], 50, 120);
    const right = column([['Right one epsilon', 'right two zeta'], ['right three eta', 'right four theta']], 320, 120);
    const bytes = await makePdf([[{ text: 'A Heading Across Both Columns Of The Page Here', x: 50, top: 80, size: 16 }, ...left, ...right]]);
    const { draft } = await draftPdfArticle('columns.pdf', bytes);
    expect(draft.text).toBe(
      'A Heading Across Both Columns Of The Page Here\n\nLeft one alpha left two beta\n\nleft three gamma left four delta\n\nRight one epsilon right two zeta\n\nright three eta right four theta',
    );
  });

  it('drops running headers, footers and page numbers', async () => {
    const bodies = ['The talks began at noon.', 'Both sides spoke briefly.', 'No statement was agreed.', 'They meet again in May.'];
    const pages = [1, 2, 3, 4].map((n) => [
      { text: 'Ministry of Foreign Affairs | Readout', x: 60, top: 40, size: 9 },
      ...column([[bodies[n - 1] ?? '']], 60, 100),
      { text: `Page ${n} of 4`, x: 260, top: 800, size: 9 },
    ]);
    const { draft, pageStarts } = await draftPdfArticle('headers.pdf', await makePdf(pages));
    expect(draft.text).not.toContain('Ministry');
    expect(draft.text).not.toContain('Page 2');
    expect(draft.text.split('\n\n')).toEqual(bodies);
    expect(pageStarts).toHaveLength(4);
  });

  it('refuses a scan without a text layer, saying so', async () => {
    await expect(draftPdfArticle('scan.pdf', await makeScanPdf())).rejects.toThrow(/scan.pdf has no text layer: it looks like a scanned image/);
  });

  it('refuses encrypted, damaged and truncated files with a message each', async () => {
    const plain = await makePdf([column([['Secret readout text.']], 60, 80)]);
    await expect(draftPdfArticle('locked.pdf', encryptWithQpdf(plain))).rejects.toThrow(/locked.pdf is encrypted and needs a password/);
    await expect(draftPdfArticle('cut.pdf', plain.slice(0, Math.floor(plain.length / 2)))).rejects.toThrow(/cut.pdf is truncated/);
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage garbage\n%%EOF\n');
    await expect(draftPdfArticle('damaged.pdf', damaged)).rejects.toThrow(/damaged.pdf is damaged/);
    await expect(draftPdfArticle('note.pdf', new TextEncoder().encode('just text\n%%EOF'))).rejects.toThrow(/note.pdf is not a PDF file/);
  });

  it.skipIf(!existsSync(DEBIAN_PDF))('reads a real manual from a Debian documentation package (camlidl-doc)', async () => {
    const { draft, pageStarts } = await draftPdfArticle('camlidl.pdf', new Uint8Array(readFileSync(DEBIAN_PDF)));
    expect(pageStarts).toHaveLength(26);
    expect([...pageStarts].sort((a, b) => a - b)).toEqual(pageStarts);
    expect(draft.text).toContain('Camlidl generates stub code for interfacing Caml with C');
    expect(draft.text).toContain('IDL stands for Interface Description Language.');
    // The running page number at the top of each page is not part of the text.
    const page3 = draft.text.slice(pageStarts[2], pageStarts[3]);
    expect(page3).not.toMatch(/^3\b/);
  }, 30_000);
});
