// The article import pipeline, shared by the file picker, drag and drop and pasted text:
// decode, reduce to text, normalise and hash, refuse duplicates, store.
import type { OpenedFile } from '../../../../shared/bridge/hostBridge';
import { draftFromMarkdown, draftFromPlainText, type ArticleDraft, type ReaderHints } from '../../../../shared/import/articleDraft';
import { checkArticleSize, formatBytes } from '../../../../shared/import/decode';
import { detectArticleFormat, detectBinaryArticleFormat } from '../../../../shared/import/formats';
import { addSourceFromDraft } from '../../../db/library';
import type { SourceRecord } from '../../../db/database';
import { addSourceWithOriginal, type ArticleOriginal } from '../../../db/sourceFiles';
import { JobCancelled, runExchangeJob } from '../../../workers/exchangeClient';
import { checkHtmlSize, type OffThreadDraft } from './draftArticle';
import { readHtmlArticle, readHtmlDocument, type HtmlArticle } from './htmlArticle';

export type ImportOutcome =
  | { readonly name: string; readonly status: 'added'; readonly source: SourceRecord }
  | { readonly name: string; readonly status: 'duplicate'; readonly existing: SourceRecord }
  | { readonly name: string; readonly status: 'failed'; readonly problem: string };

export async function draftFromFileText(name: string, text: string): Promise<ArticleDraft | string> {
  const format = detectArticleFormat(name, text);
  if (format === 'markdown') return draftFromMarkdown(text, 'file');
  if (format === 'html') return draftFromHtml(name, text);
  return draftFromPlainText(text, 'file');
}

/** Readability needs a DOM, so this part runs in the window, on a page the worker has already bounded. */
async function draftFromHtml(name: string, html: string): Promise<ArticleDraft | string> {
  const tooBig = checkHtmlSize(name, html);
  if (tooBig) return tooBig;
  let article: HtmlArticle;
  try {
    article = readHtmlArticle(html);
  } catch (error) {
    return `${name} could not be read as an article: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!article.text.trim()) return `${name} is an HTML page with no readable article text.`;
  return draftFromPlainText(article.text, 'file', article.hints);
}

/** A Word document's HTML: sanitised whole, its properties as hints. */
async function draftFromWordHtml(name: string, html: string, hints: ReaderHints): Promise<ArticleDraft | string> {
  const text = readHtmlDocument(html);
  if (!text.trim()) return `${name} is a Word document with no text.`;
  return draftFromPlainText(text, 'file', hints);
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file itself is kept for PDF and Word articles (Save original file…, the Page view). */
function originalOf(file: Extract<OpenedFile, { status: 'read' }>, offThread: OffThreadDraft): ArticleOriginal | null {
  const format = detectBinaryArticleFormat(file.name, file.bytes);
  if (!format) return null;
  const mediaType = MEDIA_TYPES[format] ?? 'application/octet-stream';
  return {
    file: { fileName: file.name, mediaType, blob: new Blob([file.bytes.slice()], { type: mediaType }) },
    pageStarts: offThread.status === 'draft' ? offThread.pageStarts : undefined,
  };
}

async function storeDraft(name: string, draft: ArticleDraft, original: ArticleOriginal | null = null): Promise<ImportOutcome> {
  const outcome = original ? await addSourceWithOriginal(draft, original) : await addSourceFromDraft(draft);
  return outcome.status === 'added'
    ? { name, status: 'added', source: outcome.source }
    : { name, status: 'duplicate', existing: outcome.existing };
}

async function importOne(file: OpenedFile, onFraction: (fraction: number) => void, signal?: AbortSignal): Promise<ImportOutcome> {
  const { name } = file;
  if (file.status === 'too-large') {
    return { name, status: 'failed', problem: `${name} is ${formatBytes(file.size)}; articles larger than ${formatBytes(file.limit)} are refused.` };
  }
  // Decoding and converting run in the exchange worker; only HTML comes back to be read here.
  const offThread = await runExchangeJob({ type: 'draft-article', name, bytes: file.bytes }, { signal, onProgress: onFraction });
  if (offThread.status === 'failed') return { name, status: 'failed', problem: offThread.problem };
  let draft: ArticleDraft | string;
  if (offThread.status === 'draft') draft = offThread.draft;
  else if (offThread.whole) draft = await draftFromWordHtml(name, offThread.text, offThread.hints ?? {});
  else draft = await draftFromHtml(name, offThread.text);
  if (typeof draft === 'string') return { name, status: 'failed', problem: draft };
  if (signal?.aborted) throw new JobCancelled();
  return storeDraft(name, draft, originalOf(file, offThread));
}

/**
 * Imports files one by one, so that one bad file never stops the others. `done` counts files,
 * with a share of the one being read (a PDF reports its pages). Cancel stops at once: the file
 * being read is not stored, those imported before it stay.
 */
export async function importArticleFiles(
  files: readonly OpenedFile[],
  onProgress: (done: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<readonly ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(await importOne(file, (fraction) => onProgress(outcomes.length + fraction, files.length), signal));
    } catch (error) {
      if (error instanceof JobCancelled) {
        outcomes.push({ name: file.name, status: 'failed', problem: `${file.name}: import cancelled; nothing of it was stored.` });
        break;
      }
      outcomes.push({ name: file.name, status: 'failed', problem: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
    }
    onProgress(outcomes.length, files.length);
  }
  return outcomes;
}

export async function importPastedText(text: string, title: string): Promise<ImportOutcome> {
  const name = title.trim() || 'Pasted text';
  if (!text.trim()) return { name, status: 'failed', problem: 'There is no text to import: paste the article first.' };
  const sizeProblem = checkArticleSize(name, new TextEncoder().encode(text).byteLength);
  if (sizeProblem) return { name, status: 'failed', problem: sizeProblem };
  try {
    return await storeDraft(name, await draftFromPlainText(text, 'paste', { title: title.trim() }));
  } catch (error) {
    return { name, status: 'failed', problem: error instanceof Error ? error.message : String(error) };
  }
}

/** One sentence for the status line. */
export function summariseImport(outcomes: readonly ImportOutcome[]): string {
  const added = outcomes.filter((o) => o.status === 'added').length;
  const duplicates = outcomes.filter((o) => o.status === 'duplicate').length;
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const parts = [`Imported ${added} article${added === 1 ? '' : 's'}`];
  if (duplicates) parts.push(`${duplicates} already in the library`);
  if (failed) parts.push(`${failed} could not be imported`);
  return `${parts.join('; ')}.`;
}
