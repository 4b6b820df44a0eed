import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromMarkdown, draftFromPlainText } from '../../../shared/import/articleDraft';
import { markdownToText } from '../../../shared/import/markdown';
import { deriveTitle, detectMetadata } from '../../../shared/import/metadata';
import { sha256Hex } from '../../../shared/text/sha256';

const sample = (name: string): string => readFileSync(new URL(`../../../shared/samples/${name}`, import.meta.url), 'utf8');

describe('detectMetadata', () => {
  it('reads the samples’ leading date line, even when the body follows on the same line', () => {
    const detected = detectMetadata(sample('000_4f72efb9e98d7d6f.txt'));
    expect(detected.publishedDate).toBe('2026-03-09');
    expect(detected.body.startsWith('Iranian President Masoud Pezeshkian called')).toBe(true);
    expect(detected.title).toBe('Iranian President Masoud Pezeshkian called his Azerbaijani counterpart Ilham Aliyev on Sunday evening and officially denied Tehran’s involvement in the drone strikes on the Azerbaijani exclave of Nakhchivan on 5 March — which Baku blamed on Iran shortly after the incident');
  });

  it('derives a whole title from the first sentence when there is no header', () => {
    const detected = detectMetadata(sample('003_de8410bd84d09d86.txt'));
    expect(detected.publishedDate).toBe('');
    expect(detected.title).toBe('Iranian President Masouz Pezeshkian on June 26 called for investigation into Israel’s possible use of Azerbaijan’s territories in Israel’s recent attacks on the country');
  });

  it('reads title, publisher, author and url header lines', () => {
    const detected = detectMetadata('Title: Flights resume\nPublisher: OC Media\nBy: A. Writer\nURL: https://example.org/a\ndate 2026-03-10\n\nFlights resumed.');
    expect(detected).toEqual({
      title: 'Flights resume',
      publisher: 'OC Media',
      author: 'A. Writer',
      url: 'https://example.org/a',
      publishedDate: '2026-03-10',
      body: 'Flights resumed.',
    });
  });

  it('keeps a short first sentence whole as the title', () => {
    expect(deriveTitle('Flights resumed. More followed.')).toBe('Flights resumed');
  });
});

describe('draftFromPlainText', () => {
  it('normalises the body before hashing it', async () => {
    const draft = await draftFromPlainText(' date 2026-03-09 First line.  \r\nSecond line.\r\n', 'file');
    expect(draft.text).toBe('First line.\nSecond line.');
    expect(draft.textHash).toBe(await sha256Hex('First line.\nSecond line.'));
    expect(draft.publishedDate).toBe('2026-03-09');
    expect(draft.reliability).toBe('F');
  });

  it('prefers reader hints but ignores a non-http URL hint', async () => {
    const draft = await draftFromPlainText('Body text.', 'file', { title: 'Hinted', url: 'javascript:alert(1)', publishedDate: 'yesterday' });
    expect(draft.title).toBe('Hinted');
    expect(draft.url).toBe('');
    expect(draft.publishedDate).toBe('');
  });
});

describe('Markdown import', () => {
  it('removes markup but keeps words, paragraphs, link targets and the first heading as title', async () => {
    const markdown = '# Flights *resume*\n\nFlights from **Baku** to [Nakhchivan](https://x.org) resumed.\n\n- cargo reopened\n- `flights` resumed\n\n```\ncode stays\n```';
    expect(markdownToText(markdown)).toEqual({
      title: 'Flights resume',
      text: 'Flights resume\n\nFlights from Baku to Nakhchivan (https://x.org) resumed.\n\ncargo reopened\nflights resumed\n\ncode stays',
    });
    const draft = await draftFromMarkdown(markdown, 'file');
    expect(draft.title).toBe('Flights resume');
  });
});
