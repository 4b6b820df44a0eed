// HTML import is bounded before a page is parsed: the exchange worker counts elements with a
// linear scan and refuses pages past the limit with a message.
import { describe, expect, it } from 'vitest';
import { MAX_HTML_ELEMENTS, countHtmlElements, draftArticleOffThread } from '../../../renderer/features/library/import/draftArticle';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('HTML bounds', () => {
  it('counts start tags, stopping one past the limit', () => {
    expect(countHtmlElements('<p>a</p><div><span>b</span></div> 1 < 2')).toBe(3);
    expect(countHtmlElements('<i>'.repeat(500), 100)).toBe(101);
  });

  it('refuses 100,000 nested elements in 10 MB with a message, in bounded time', async () => {
    const page = `<html><body>${'<div>'.repeat(MAX_HTML_ELEMENTS)}<p>text</p>${'</div>'.repeat(MAX_HTML_ELEMENTS)}${' '.repeat(8 * 2 ** 20)}</body></html>`;
    const started = performance.now();
    const result = await draftArticleOffThread('deep.html', bytes(page));
    // A bound for hostile input, as wide as the fuzz corpus's so a busy machine passes.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({ status: 'failed', problem: 'deep.html has more than 100,000 HTML elements; such pages are refused (save the article alone, or as text).' });
  });

  it('hands a page within the bound back for Readability, and converts Markdown itself', async () => {
    expect(await draftArticleOffThread('ok.html', bytes('<html><body><p>Short.</p></body></html>'))).toEqual({ status: 'html', text: '<html><body><p>Short.</p></body></html>' });
    const markdown = await draftArticleOffThread('a.md', bytes('# Title\n\nBody *text*.'));
    expect(markdown.status === 'draft' && markdown.draft.text).toBe('Title\n\nBody text.');
  });
});
