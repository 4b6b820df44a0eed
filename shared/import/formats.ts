// Which reader handles a file: by its extension first, then by a look at its content.

export const ARTICLE_FORMATS = ['text', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** Formats read from bytes rather than text: PDF and Word. */
export const BINARY_ARTICLE_FORMATS = ['pdf', 'docx'] as const;
export type BinaryArticleFormat = (typeof BINARY_ARTICLE_FORMATS)[number];

/** PDF by extension or its `%PDF-` header; Word by extension or a zip whose first entry names Word's parts. */
export function detectBinaryArticleFormat(name: string, bytes: Uint8Array): BinaryArticleFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK') && /\[Content_Types\]\.xml|word\//.test(head)) return 'docx';
  return null;
}

export function detectArticleFormat(name: string, text: string): ArticleFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return 'html';
  return 'text';
}
