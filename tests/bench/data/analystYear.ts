// An analyst's year as one library, for the search and cross-article benchmarks: 2,000 articles
// (about 10 million characters: English with Azerbaijani, Persian and Russian passages) and
// 50,000 annotations with actors under several spellings, event dates at every precision, and
// typed links from denials and answers to claims. Generated from a seed, so every run is the same.
import { describeSelection } from '../../../shared/anchoring';
import type { LibrarySource } from '../../../shared/exchange';
import { createAnnotation, type Annotation, type AnnotationKind, type AnnotationLink, type DatePrecision, type LinkType } from '../../../shared/model';
import { sha256Hex } from '../../../shared/text/sha256';
import { generateArticle } from './article';
import { mulberry32, type Random } from './random';

export const ANALYST_YEAR_SEED = 20_261_203;
export const ANALYST_YEAR_ARTICLES = 2_000;
export const ANALYST_YEAR_ANNOTATIONS = 50_000;
const ARTICLE_LENGTH = 5_000;
/** Articles per shared file when seeding: the year as one file would be over 100 MB. */
export const ANALYST_YEAR_ARTICLES_PER_FILE = 250;

/**
 * Actors as the coverage names them: the same person under several spellings (the second
 * sample's "Masouz" among them), so alias suggestions and typo-tolerant search have work to do.
 */
export const ANALYST_YEAR_ACTORS = [
  'Masoud Pezeshkian', 'Pezeshkian', 'Masouz Pezeshkian', 'Iranian President', 'Ilham Aliyev', 'İlham Əliyev',
  'President Aliyev', 'Azerbaijan', 'Azerbaijani foreign ministry', 'Iran', 'Iranian foreign ministry', 'IRGC',
  'State Security Service', 'DTX', 'Turkey', 'Russia', 'Armenia', 'Nikol Pashinyan', 'Abbas Araghchi', 'Jeyhun Bayramov',
  'Azertac', 'IRNA', 'Tasnim', 'Russian peacekeepers', 'European Union', 'United Nations', 'Georgia', 'Caspian pipeline operator',
] as const;
const PUBLISHERS = ['Caspian Wire', 'Azertac', 'IRNA', 'Eurasianet', 'Reuters', 'TASS', 'Tasnim', 'OC Media', 'BBC Persian', 'APA'];
const TAGS = ['nakhchivan', 'drones', 'border', 'pipeline', 'diplomacy', 'detentions', 'airspace', 'zangezur'];
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const PRECISIONS: readonly DatePrecision[] = ['day', 'day', 'day', 'month', 'year', 'approximate'];
/** Russian coverage quoted in about one article in ten. */
const RUSSIAN = [
  'Министерство иностранных дел Азербайджана заявило, что расследование инцидента продолжается.',
  'Президент Ильхам Алиев провёл заседание Совета безопасности.',
  'Иранская сторона отрицает свою причастность к удару беспилотника по аэропорту.',
  'Российские миротворцы сообщили о стрельбе на границе в ночь на вторник.',
];

export interface AnalystYear {
  readonly sources: readonly LibrarySource[];
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
}

function eventDate(random: Random): Annotation['eventDate'] {
  if (random.chance(0.35)) return { value: '', precision: 'day' };
  const precision = random.pick(PRECISIONS);
  const year = random.pick(['2025', '2026']);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  if (precision === 'year') return { value: year, precision };
  if (precision === 'month') return { value: `${year}-${month}`, precision };
  return { value: `${year}-${month}-${day}`, precision };
}

function noteJson(text: string): string {
  const textNode = { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
  const paragraph = { children: [textNode], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' };
  return JSON.stringify({ root: { children: [paragraph], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } });
}

/** Word-aligned [start, end) within one sentence. */
function passage(text: string, random: Random, sentence: { start: number; end: number }): { start: number; end: number } {
  if (random.chance(0.4)) return sentence;
  const words: number[] = [];
  for (let i = sentence.start; i < sentence.end; i += 1) if (i === sentence.start || text[i - 1] === ' ') words.push(i);
  const first = random.int(0, Math.max(0, words.length - 3));
  const last = Math.min(words.length, first + random.int(2, 12));
  const start = words[first] ?? sentence.start;
  const end = last >= words.length ? sentence.end : (words[last] ?? sentence.end) - 1;
  return end > start ? { start, end } : sentence;
}

/** The library, with `articles` articles and `annotations` annotations (defaults: the benchmark's year). */
export async function generateAnalystYear(
  articles: number = ANALYST_YEAR_ARTICLES,
  annotations: number = ANALYST_YEAR_ANNOTATIONS,
  seed: number = ANALYST_YEAR_SEED,
): Promise<AnalystYear> {
  const random = mulberry32(seed);
  const sources: LibrarySource[] = [];
  const records: Annotation[] = [];
  const links: AnnotationLink[] = [];
  const claims: string[] = [];
  for (let i = 0; i < articles; i += 1) {
    // Links join annotations of the same seeding file (a shared file's links stay inside it).
    if (i % ANALYST_YEAR_ARTICLES_PER_FILE === 0) claims.length = 0;
    const generated = generateArticle(random, ARTICLE_LENGTH);
    const russian = random.chance(0.1) ? `\n\n${random.pick(RUSSIAN)}` : '';
    const text = generated.text + russian;
    const published = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const at = `${published}T12:00:00.000Z`;
    const source: LibrarySource = {
      id: random.uuid(),
      title: `Report ${i + 1}: ${generated.text.slice(0, 60).replace(/\s+\S*$/, '')}`,
      publisher: random.pick(PUBLISHERS),
      author: random.chance(0.5) ? random.pick(['Leyla Mammadova', 'Reza Karimi', 'Anna Petrova', 'John Smith']) : '',
      url: `https://news.example/${i + 1}`,
      publishedDate: published,
      importedAt: at,
      updatedAt: at,
      language: 'en',
      text,
      textHash: await sha256Hex(text),
      reliability: random.pick(RELIABILITY),
      tags: random.chance(0.5) ? [random.pick(TAGS)] : [],
    };
    sources.push(source);
    const perSource = Math.floor(annotations / articles) + (i < annotations % articles ? 1 : 0);
    for (let n = 0; n < perSource; n += 1) {
      const sentence = random.pick(generated.sentences);
      const { start, end } = passage(text, random, sentence);
      const kind: AnnotationKind = random.pick(['claim', 'claim', 'denial', 'action'] as const);
      const noteText = random.chance(0.25) ? `Compare with ${random.pick(PUBLISHERS)} coverage of ${random.pick(TAGS)}; follow up.` : '';
      const annotation = createAnnotation({
        id: random.uuid(),
        source: { id: source.id, textHash: source.textHash },
        placement: describeSelection(text, start, end),
        kind,
        author: random.chance(0.8) ? 'Bench analyst' : 'A colleague',
        at,
        fields: {
          actor: random.pick(ANALYST_YEAR_ACTORS),
          target: random.chance(0.6) ? random.pick(ANALYST_YEAR_ACTORS) : '',
          eventDate: eventDate(random),
          credibility: random.chance(0.6) ? random.pick([1, 2, 3, 4, 5, 6] as const) : null,
          tags: random.chance(0.4) ? [random.pick(TAGS)] : [],
          note: noteText ? noteJson(noteText) : '',
          noteText,
        },
      });
      records.push(annotation);
      if (kind === 'claim') claims.push(annotation.id);
      else if (claims.length > 0 && random.chance(0.5)) {
        const type: LinkType = kind === 'denial' ? random.pick(['denies', 'contradicts'] as const) : random.pick(['supports', 'responds-to'] as const);
        links.push({ id: random.uuid(), fromId: annotation.id, toId: random.pick(claims), type, createdAt: at });
      }
    }
  }
  return { sources, annotations: records, links };
}

/**
 * The year cut into libraries of ANALYST_YEAR_ARTICLES_PER_FILE articles with their annotations
 * and links (the generator keeps every link inside one of them), for seeding through "Open shared
 * file…" one file at a time.
 */
export function analystYearFiles(year: AnalystYear): AnalystYear[] {
  const perFile = ANALYST_YEAR_ARTICLES_PER_FILE;
  const fileOfSource = new Map(year.sources.map((source, i) => [source.id, Math.floor(i / perFile)]));
  const fileOfAnnotation = new Map(year.annotations.map((a) => [a.id, fileOfSource.get(a.sourceId) ?? 0]));
  const count = Math.ceil(year.sources.length / perFile);
  return Array.from({ length: count }, (_, file) => ({
    sources: year.sources.slice(file * perFile, (file + 1) * perFile),
    annotations: year.annotations.filter((a) => fileOfAnnotation.get(a.id) === file),
    links: year.links.filter((l) => fileOfAnnotation.get(l.fromId) === file),
  }));
}
