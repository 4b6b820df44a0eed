// A colleague's whole library as a shared file: 500 articles with their texts and 20,000
// annotations, generated from a seed and written with shared/exchange as the app exports it.
import { buildExchangeFile, serializeExchangeFile, type LibrarySource } from '../../../shared/exchange';
import type { Annotation } from '../../../shared/model';
import { sha256Hex } from '../../../shared/text/sha256';
import { generateAnnotations } from './annotations';
import { generateArticle } from './article';
import { mulberry32 } from './random';

export const SHARED_LIBRARY_SEED = 424242;
export const SHARED_SOURCES = 500;
export const SHARED_ANNOTATIONS = 20_000;
const ARTICLE_LENGTH = 5_000;

export interface SharedLibrary {
  readonly fileName: string;
  readonly text: string;
  readonly sources: number;
  readonly annotations: number;
}

export async function generateSharedLibrary(
  sourceCount: number = SHARED_SOURCES,
  annotationCount: number = SHARED_ANNOTATIONS,
  seed: number = SHARED_LIBRARY_SEED,
): Promise<SharedLibrary> {
  const random = mulberry32(seed);
  const time = '2026-03-02T10:00:00.000Z';
  const sources: LibrarySource[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < sourceCount; i += 1) {
    const article = generateArticle(random, ARTICLE_LENGTH);
    const source: LibrarySource = {
      id: random.uuid(),
      title: `Shared report ${i + 1}: ${article.text.slice(0, 60).replace(/\s+\S*$/, '')}`,
      publisher: 'Colleague Wire',
      author: '',
      url: '',
      publishedDate: '2026-03-02',
      importedAt: time,
      updatedAt: time,
      language: 'en',
      text: article.text,
      textHash: await sha256Hex(article.text),
      reliability: 'B',
      tags: ['shared'],
    };
    sources.push(source);
    const perSource = Math.floor(annotationCount / sourceCount) + (i < annotationCount % sourceCount ? 1 : 0);
    annotations.push(...generateAnnotations(random, article, { id: source.id, textHash: source.textHash }, perSource));
  }
  const file = buildExchangeFile({
    exportedBy: 'A colleague',
    exportedAt: time,
    scope: { kind: 'library', label: 'whole library' },
    sources,
    annotations,
    links: [],
    dossiers: [],
    includeText: true,
  });
  return { fileName: 'colleague-library.dossier', text: serializeExchangeFile(file), sources: sources.length, annotations: annotations.length };
}
