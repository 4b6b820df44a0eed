// Reduces an HTML page to the article's readable text. The page is parsed into an inert
// document (scripts never run), Readability picks the article, DOMPurify strips what is
// left of active content, advertisement paragraphs go, and only text leaves this module.
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { withoutAdvertisements } from '../../../../shared/import/advertisements';
import type { ReaderHints } from '../../../../shared/import/articleDraft';
import { MAX_HTML_ELEMENTS } from './draftArticle';

export interface HtmlArticle {
  readonly text: string;
  readonly hints: ReaderHints;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);

/** Text of a sanitised fragment, one line per block element, inner whitespace collapsed. */
export function blocksToText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  // A stack, not recursion: a hostile page nests elements deeper than the call stack goes.
  const stack: (Node | 'close-block')[] = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === 'close-block') {
      flush();
      continue;
    }
    const node = item;
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    const isContainer = node.nodeType === Node.DOCUMENT_FRAGMENT_NODE || node.nodeType === Node.DOCUMENT_NODE;
    if (!isContainer && node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = isContainer ? '' : (node as Element).tagName;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push('close-block');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return lines.join('\n\n');
}

function meta(doc: Document, ...names: readonly string[]): string {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
    if (value?.trim()) return value.trim();
  }
  return '';
}

function sanitisedFragmentText(html: string): string {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'script', 'noscript', 'template'] });
  return withoutAdvertisements(blocksToText(fragment));
}

/** The text of a whole HTML document (a Word file's, say), sanitised and reduced like an article's. */
export function readHtmlDocument(html: string): string {
  return sanitisedFragmentText(html);
}

/** Throws when the page has more than MAX_HTML_ELEMENTS elements (Readability's own bound). */
export function readHtmlArticle(html: string): HtmlArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const hints: ReaderHints = {
    title: meta(doc, 'og:title') || doc.title.trim(),
    publisher: meta(doc, 'og:site_name', 'publisher'),
    author: meta(doc, 'author', 'article:author'),
    url: meta(doc, 'og:url') || doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || '',
    publishedDate: meta(doc, 'article:published_time', 'date', 'pubdate').slice(0, 10),
    language: doc.documentElement.getAttribute('lang')?.trim() ?? '',
  };
  // Readability throws past maxElemsToParse; the caller turns that into a message.
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 100, maxElemsToParse: MAX_HTML_ELEMENTS }).parse();
  const text = article?.content ? sanitisedFragmentText(article.content) : '';
  const fallback = text || sanitisedFragmentText(doc.body?.innerHTML ?? '');
  return {
    text: fallback,
    hints: {
      ...hints,
      title: hints.title || article?.title?.trim() || '',
      author: hints.author || article?.byline?.trim() || '',
      publisher: hints.publisher || article?.siteName?.trim() || '',
      publishedDate: hints.publishedDate || (article?.publishedTime ?? '').slice(0, 10),
      language: hints.language || article?.lang?.trim() || '',
    },
  };
}
