// @vitest-environment jsdom
// Word import: a real .docx written in the test with the `docx` package, read by mammoth, its
// HTML sent through the HTML sanitiser, title and author from docProps/core.xml.
import { describe, expect, it } from 'vitest';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { readDocxProperties } from '../../../shared/import/docxProperties';
import { detectBinaryArticleFormat } from '../../../shared/import/formats';
import { draftArticleOffThread } from '../../../renderer/features/library/import/draftArticle';
import { readHtmlDocument } from '../../../renderer/features/library/import/htmlArticle';
import { makeDocx } from './docxFixture';

describe('Word import', () => {
  it('keeps headings, paragraphs, lists and footnotes as text, with title and author from the properties', async () => {
    const bytes = await makeDocx();
    expect(detectBinaryArticleFormat('statement.docx', bytes)).toBe('docx');
    expect(readDocxProperties(bytes)).toEqual({ title: 'Statement on the border incident', author: 'Leyla Məmmədova' });
    const offThread = await draftArticleOffThread('statement.docx', bytes);
    expect(offThread.status).toBe('html');
    if (offThread.status !== 'html') return;
    expect(offThread.whole).toBe(true);
    const draft = await draftFromPlainText(readHtmlDocument(offThread.text), 'file', offThread.hints);
    expect(draft.title).toBe('Statement on the border incident');
    expect(draft.author).toBe('Leyla Məmmədova');
    expect(draft.text).toContain('Border incident');
    expect(draft.text).toContain('The ministry said the patrol never crossed the line.');
    expect(draft.text).toContain('First point of the statement.\n\nSecond point of the statement.');
    expect(draft.text).toContain('Transcript published by the ministry.');
    expect(draft.text).not.toContain('↑');
  });

  it('refuses a damaged Word file with a message', async () => {
    const bytes = await makeDocx();
    const damaged = bytes.slice(0, 200);
    const outcome = await draftArticleOffThread('broken.docx', damaged);
    expect(outcome).toEqual({ status: 'failed', problem: expect.stringMatching(/broken.docx is damaged/) as unknown as string });
  });
});
