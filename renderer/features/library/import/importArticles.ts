// The article import pipeline, shared by the file picker, drag and drop and pasted text:
// decode, reduce to text, normalise and hash, refuse duplicates, store.
import type { OpenedFile } from '../../../../shared/bridge/hostBridge';
import { draftFromMarkdown, draftFromPlainText, type ArticleDraft, type ReaderHints } from '../../../../shared/import/articleDraft';
import { checkArticleSize, formatBytes } from '../../../../shared/import/decode';
import { detectArticleFormat, detectBinaryArticleFormat } from '../../../../shared/import/formats';
import { findOtherVersion } from '../../../../shared/exchange/mergeSources';
import { addSourceFromDraft, findSourceByHash, listSources } from '../../../db/library';
import type { SourceRecord } from '../../../db/database';
import { addSourceWithOriginal, type ArticleOriginal } from '../../../db/sourceFiles';
import { JobCancelled, runExchangeJob } from '../../../workers/exchangeClient';
import { checkHtmlSize, type OffThreadDraft } from './draftArticle';
import { readHtmlArticle, readHtmlDocument, type HtmlArticle } from './htmlArticle';

export type ImportOutcome =
  | { readonly name: string; readonly status: 'added'; readonly source: SourceRecord }
  | { readonly name: string; readonly status: 'duplicate'; readonly existing: SourceRecord }
  | { readonly name: string; readonly status: 'failed'; readonly problem: string }
  | { readonly name: string; readonly status: 'new-version'; readonly source: SourceRecord }
  | { readonly name: string; readonly status: 'cancelled' };

/**
 * Asks what a file is that matches an article by URL or title but has another text: a new
 * article, a new version of that one (the resolver then makes it so), or neither (cancelled).
 */
export type SameArticleResolver = (name: string, draft: ArticleDraft, existing: SourceRecord) => Promise<'new-article' | 'new-version' | 'cancelled'>;

/** The article a draft may be a new version of: same URL, else same title, with another text. */
export async function findArticleOfDraft(draft: ArticleDraft): Promise<SourceRecord | undefined> {
  if (await findSourceByHash(draft.textHash)) return undefined;
  const other = findOtherVersion(await listSources(), draft);
  return other ? (other.source as SourceRecord) : undefined;
}

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

async function storeDraft(name: string, draft: ArticleDraft, original: ArticleOriginal | null = null, sameArticle?: SameArticleResolver): Promise<ImportOutcome> {
  const existing = sameArticle ? await findArticleOfDraft(draft) : undefined;
  if (sameArticle && existing) {
    const choice = await sameArticle(name, draft, existing);
    if (choice === 'new-version') return { name, status: 'new-version', source: existing };
    if (choice === 'cancelled') return { name, status: 'cancelled' };
  }
  const outcome = original ? await addSourceWithOriginal(draft, original) : await addSourceFromDraft(draft);
  return outcome.status === 'added'
    ? { name, status: 'added', source: outcome.source }
    : { name, status: 'duplicate', existing: outcome.existing };
}

/** A chosen file read as an article draft (or why it cannot be one), with the file kept for PDF and Word. */
async function readOpenedFile(
  file: OpenedFile,
  onFraction: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<{ readonly draft: ArticleDraft | string; readonly original: ArticleOriginal | null }> {
  const { name } = file;
  if (file.status === 'too-large') {
    return { draft: `${name} is ${formatBytes(file.size)}; articles larger than ${formatBytes(file.limit)} are refused.`, original: null };
  }
  // Decoding and converting run in the exchange worker; only HTML comes back to be read here.
  const offThread = await runExchangeJob({ type: 'draft-article', name, bytes: file.bytes }, { signal, onProgress: onFraction });
  if (offThread.status === 'failed') return { draft: offThread.problem, original: null };
  let draft: ArticleDraft | string;
  if (offThread.status === 'draft') draft = offThread.draft;
  else if (offThread.whole) draft = await draftFromWordHtml(name, offThread.text, offThread.hints ?? {});
  else draft = await draftFromHtml(name, offThread.text);
  return { draft, original: typeof draft === 'string' ? null : originalOf(file, offThread) };
}

/** A chosen file as an article draft, or why it cannot be one (a new version of an article). */
export async function draftFromOpenedFile(file: OpenedFile): Promise<ArticleDraft | string> {
  return (await readOpenedFile(file, () => undefined)).draft;
}

async function importOne(file: OpenedFile, onFraction: (fraction: number) => void, signal?: AbortSignal, sameArticle?: SameArticleResolver): Promise<ImportOutcome> {
  const { draft, original } = await readOpenedFile(file, onFraction, signal);
  if (typeof draft === 'string') return { name: file.name, status: 'failed', problem: draft };
  if (signal?.aborted) throw new JobCancelled();
  return storeDraft(file.name, draft, original, sameArticle);
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
  sameArticle?: SameArticleResolver,
): Promise<readonly ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(await importOne(file, (fraction) => onProgress(outcomes.length + fraction, files.length), signal, sameArticle));
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
  const versions = outcomes.filter((o) => o.status === 'new-version').length;
  const parts = [`Imported ${added} article${added === 1 ? '' : 's'}`];
  if (versions) parts.push(`${versions} new version${versions === 1 ? '' : 's'} of articles already there`);
  if (duplicates) parts.push(`${duplicates} already in the library`);
  if (failed) parts.push(`${failed} could not be imported`);
  return `${parts.join('; ')}.`;
}
