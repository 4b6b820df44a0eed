// The benchmark's data set: one 300,000-character article with 2,000 annotations, the same
// for every run (seeded), shared by the benchmark and the large-case correctness test.
import type { Annotation, Source } from '../../../shared/model';
import { normaliseText } from '../../../shared/text/normalise';
import { sha256Hex } from '../../../shared/text/sha256';
import { generateAnnotations } from './annotations';
import { generateArticle, type GeneratedArticle } from './article';
import { mulberry32 } from './random';

export const BIG_ARTICLE_SEED = 20260301;
export const BIG_ARTICLE_LENGTH = 300_000;
export const BIG_ARTICLE_ANNOTATIONS = 2_000;
export const BIG_ARTICLE_TITLE = 'Benchmark: a long report on the Nakhchivan crisis';

export interface BigArticle {
  readonly source: Source;
  readonly article: GeneratedArticle;
  readonly annotations: readonly Annotation[];
}

export async function generateBigArticle(
  seed: number = BIG_ARTICLE_SEED,
  length: number = BIG_ARTICLE_LENGTH,
  annotationCount: number = BIG_ARTICLE_ANNOTATIONS,
): Promise<BigArticle> {
  const random = mulberry32(seed);
  const article = generateArticle(random, length);
  if (normaliseText(article.text) !== article.text) throw new Error('generated text is not in normal form');
  const textHash = await sha256Hex(article.text);
  const time = '2026-03-01T09:00:00.000Z';
  const source: Source = {
    id: random.uuid(),
    title: BIG_ARTICLE_TITLE,
    publisher: 'Bench Wire',
    author: 'Generated',
    url: '',
    publishedDate: '2026-03-01',
    importedAt: time,
    updatedAt: time,
    language: 'en',
    text: article.text,
    textHash,
    reliability: 'C',
    tags: ['benchmark'],
    origin: 'paste',
  };
  const annotations = generateAnnotations(random, article, source, annotationCount);
  return { source, article, annotations };
}
