// From decoded text to a draft Source: format-specific reduction, normalisation, metadata, hash.
import { normaliseText } from '../text/normalise';
import { detectLanguage } from '../text/languageDetection';
import { sha256Hex } from '../text/sha256';
import { boundTitle, detectMetadata } from './metadata';
import { markdownToText } from './markdown';
import type { ReliabilityGrade, SourceOrigin } from '../model/source';

/** What the import pipeline produces before the library stores it. */
export interface ArticleDraft {
  readonly title: string;
  readonly publisher: string;
  readonly author: string;
  readonly url: string;
  readonly publishedDate: string;
  readonly language: string;
  readonly text: string;
  readonly textHash: string;
  readonly reliability: ReliabilityGrade;
  readonly origin: SourceOrigin;
}

/** Fields that a format reader (HTML's Readability, say) found besides the text. */
export interface ReaderHints {
  readonly title?: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly url?: string;
  readonly publishedDate?: string;
  readonly language?: string;
}

export async function draftFromPlainText(
  raw: string,
  origin: SourceOrigin,
  hints: ReaderHints = {},
): Promise<ArticleDraft> {
  const detected = detectMetadata(normaliseText(raw));
  const text = normaliseText(detected.body);
  const publishedDate = /^\d{4}-\d{2}-\d{2}$/.test(hints.publishedDate ?? '')
    ? (hints.publishedDate ?? '')
    : detected.publishedDate;
  return {
    title: boundTitle(hints.title ?? '') || detected.title || 'Untitled article',
    publisher: (hints.publisher ?? '').trim() || detected.publisher,
    author: (hints.author ?? '').trim() || detected.author,
    url: /^https?:\/\//i.test(hints.url ?? '') ? (hints.url ?? '') : detected.url,
    publishedDate,
    // The page's own lang attribute wins; otherwise the text says (see docs/storage.md).
    language: hints.language?.trim() || detectLanguage(text),
    text,
    textHash: await sha256Hex(text),
    reliability: 'F',
    origin,
  };
}

export async function draftFromMarkdown(raw: string, origin: SourceOrigin): Promise<ArticleDraft> {
  const { title, text } = markdownToText(raw);
  return draftFromPlainText(text, origin, { title });
}
