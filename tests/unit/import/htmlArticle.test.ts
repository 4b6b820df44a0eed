// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { draftFromFileText } from '../../../renderer/features/library/import/importArticles';
import { readHtmlArticle } from '../../../renderer/features/library/import/htmlArticle';

const PAGE = `<!doctype html><html lang="az"><head><title>Naxçıvan | News</title>
<meta property="og:title" content="Naxçıvana uçuşlar bərpa olundu">
<meta property="og:site_name" content="Report.az">
<meta name="author" content="Rəşad Əliyev">
<meta property="article:published_time" content="2026-03-10T08:00:00+04:00">
<link rel="canonical" href="https://report.az/naxcivan">
<style>body { color: red }</style>
<script>globalThis.__ran = true</script></head>
<body><nav>Əsas | Siyasət</nav><article><h1>Naxçıvana uçuşlar bərpa olundu</h1>
<p>Bakıdan Naxçıvana uçuşlar bazar ertəsi bərpa olundu, İran ilə yük daşımaları da yenidən başladı.</p>
<p>Rəsmi açıqlamaya görə, hava limanı adi iş rejiminə qayıdıb. <img src=x onerror="globalThis.__ran = true"><b>Şərh</b> gözlənilir.</p>
<script>globalThis.__ran = true</script><iframe src="https://evil.example"></iframe></article></body></html>`;

describe('readHtmlArticle', () => {
  it('keeps the article’s paragraphs and metadata, and nothing active', () => {
    const article = readHtmlArticle(PAGE);
    expect(article.text).toContain('Bakıdan Naxçıvana uçuşlar bazar ertəsi bərpa olundu');
    expect(article.text).toContain('Şərh gözlənilir.');
    expect(article.text).not.toContain('__ran');
    expect(article.text).not.toContain('color: red');
    expect(article.text).not.toContain('Siyasət');
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(2);
    expect(article.hints).toMatchObject({
      title: 'Naxçıvana uçuşlar bərpa olundu',
      publisher: 'Report.az',
      author: 'Rəşad Əliyev',
      url: 'https://report.az/naxcivan',
      publishedDate: '2026-03-10',
      language: 'az',
    });
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('falls back to the body text when Readability finds no article', () => {
    const article = readHtmlArticle('<html><body><p>Short note.</p></body></html>');
    expect(article.text).toBe('Short note.');
  });

  it('reports an HTML page with no text', async () => {
    expect(await draftFromFileText('blank.html', '<html><body><script>x()</script></body></html>')).toBe(
      'blank.html is an HTML page with no readable article text.',
    );
  });
});
