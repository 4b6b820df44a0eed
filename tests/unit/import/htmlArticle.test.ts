// @vitest-environment jsdom
import { Readability } from '@mozilla/readability';
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

const ADVERTISED_PAGE = `<!doctype html><html lang="en"><head><title>Flights to Nakhchivan resume</title></head>
<body><article><h1>Flights to Nakhchivan resume</h1>
<p>Azerbaijan Airlines resumed flights between Baku and Nakhchivan on Monday, the carrier said in a statement, after a pause of almost a week that followed the drone strikes on the exclave.</p>
<p>Advertisement</p>
<p>Advertising revenue at the state broadcaster fell sharply in the same week, according to its annual report, which the ministry published on Tuesday.</p>
<p>ADVERTISEMENT:</p>
<p>Cargo traffic through the Iranian corridor also reopened, though customs officers on both sides reported long queues of lorries at the Julfa crossing.</p>
<p>Sponsored content</p>
<p>Sponsored: Book your stay at the Grand Hotel Nakhchivan, twenty per cent off this spring.</p>
<div>Advertisement</div>
<p>The Ministry of Transport said the schedule would return to normal by the end of the month, with four daily flights planned for the spring season.</p>
</article></body></html>`;

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

  it('drops the advertisement paragraphs that Readability keeps, and nothing else', () => {
    const article = readHtmlArticle(ADVERTISED_PAGE);
    // Readability alone keeps the labels.
    const kept = new Readability(new DOMParser().parseFromString(ADVERTISED_PAGE, 'text/html'), { charThreshold: 100 }).parse();
    expect(kept?.textContent).toMatch(/Advertisement[\s\S]*Sponsored content/);
    expect(article.text).not.toMatch(/Advertisement|Sponsored|Book your stay/);
    expect(article.text.split('\n\n')).toEqual([
      'Azerbaijan Airlines resumed flights between Baku and Nakhchivan on Monday, the carrier said in a statement, after a pause of almost a week that followed the drone strikes on the exclave.',
      'Advertising revenue at the state broadcaster fell sharply in the same week, according to its annual report, which the ministry published on Tuesday.',
      'Cargo traffic through the Iranian corridor also reopened, though customs officers on both sides reported long queues of lorries at the Julfa crossing.',
      'The Ministry of Transport said the schedule would return to normal by the end of the month, with four daily flights planned for the spring season.',
    ]);
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
