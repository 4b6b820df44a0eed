// Import, part two: bundles from other tools. Their reports become articles (name, published,
// description as the text, external references) and their notes and opinions annotations on
// those articles where the note's words are found in the article's text; the rest is reported.
import { describeSelection } from '../anchoring/selectors';
import { ANNOTATION_KINDS, annotationSchema, type Annotation, type AnnotationKind } from '../model/annotation';
import { createAnnotation } from '../model/annotationFactory';
import { exchangeSourceSchema, type LibrarySource } from '../exchange/format';
import { plainTextToLexicalJson } from '../exchange/lexicalNote';
import { normaliseText } from '../text/normalise';
import { sha256Hex } from '../text/sha256';
import type { BundleEntry } from './importOwn';
import type { StixNote, StixOpinion, StixReport } from './stixRecords';
import { credibilityOf } from './vocabulary';

export interface ForeignRecords {
  readonly sources: readonly LibrarySource[];
  readonly annotations: readonly Annotation[];
  /** One line per article kept, for the import report. */
  readonly kept: readonly string[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Who made the reports, as their creator identity says. */
  readonly exportedBy: string | null;
}

interface Article {
  readonly source: LibrarySource & { readonly text: string };
  readonly report: StixReport;
  annotations: number;
}

function uuidOf(id: string): string {
  return id.slice(id.indexOf('--') + 2).toLowerCase();
}

function kindOf(labels: readonly string[] | undefined): AnnotationKind | null {
  return ANNOTATION_KINDS.find((k) => (labels ?? []).some((l) => l.trim().toLowerCase() === k)) ?? null;
}

const PUBLISHED_DAY = /^\d{4}-\d{2}-\d{2}/;

async function articleFrom(report: StixReport, creators: ReadonlyMap<string, string>, now: string): Promise<LibrarySource & { text: string }> {
  const text = normaliseText(report.description ?? '') || normaliseText(report.name);
  const url = report.external_references?.find((r) => r.url !== undefined && /^https?:\/\//i.test(r.url))?.url ?? '';
  const publisher = (report.created_by_ref ? creators.get(report.created_by_ref) : undefined) ?? report.external_references?.[0]?.source_name ?? '';
  return {
    id: uuidOf(report.id),
    textHash: await sha256Hex(text),
    title: report.name.trim().slice(0, 500) || 'Untitled report',
    publisher: publisher.slice(0, 2_000),
    author: '',
    url,
    publishedDate: PUBLISHED_DAY.exec(report.published)?.[0] ?? '',
    language: /^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)?$/.test(report.lang ?? '') ? (report.lang ?? '') : '',
    // Another tool's report says nothing of its source's record: "cannot be judged".
    reliability: 'F',
    tags: [...new Set((report.labels ?? []).map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 100))].slice(0, 100),
    importedAt: now,
    updatedAt: report.modified,
    text,
  };
}

/** The article a note or opinion is about: a report it names, or one listing what it names. */
function articleFor(refs: readonly string[], articles: ReadonlyMap<string, Article>): Article | null {
  for (const ref of refs) {
    const direct = articles.get(ref);
    if (direct) return direct;
  }
  for (const article of articles.values()) if (refs.some((ref) => article.report.object_refs.includes(ref))) return article;
  return null;
}

/** The first of the candidate passages found word for word in the text. */
function placeIn(text: string, candidates: readonly (string | undefined)[]): { start: number; end: number; used: string } | null {
  for (const candidate of candidates) {
    const passage = candidate?.trim() ?? '';
    if (passage === '') continue;
    const start = text.indexOf(passage);
    if (start >= 0) return { start, end: start + passage.length, used: passage };
  }
  return null;
}

export async function readForeignRecords(entries: readonly BundleEntry[], now: string): Promise<ForeignRecords> {
  const skipped: { path: string; reason: string }[] = [];
  const creators = new Map<string, string>();
  for (const { object } of entries) if (object.type === 'identity' && typeof object.name === 'string') creators.set(object.id, object.name);

  const articles = new Map<string, Article>();
  const notLoaded = new Map<string, number>();
  for (const entry of entries) {
    if (entry.object.type !== 'report') continue;
    const report = entry.object as unknown as StixReport;
    const source = await articleFrom(report, creators, now);
    const checked = exchangeSourceSchema.safeParse(source);
    if (!checked.success) {
      skipped.push({ path: `$.objects[${entry.index}]`, reason: `report "${report.name.slice(0, 100)}" not usable as an article: ${checked.error.issues[0]?.message ?? ''}` });
      continue;
    }
    articles.set(report.id, { source, report, annotations: 0 });
  }

  const annotations: Annotation[] = [];
  for (const entry of entries) {
    const { object } = entry;
    const path = `$.objects[${entry.index}]`;
    if (object.type !== 'note' && object.type !== 'opinion') {
      if (object.type !== 'report') notLoaded.set(object.type, (notLoaded.get(object.type) ?? 0) + 1);
      continue;
    }
    const isNote = object.type === 'note';
    const note = object as unknown as StixNote;
    const opinion = object as unknown as StixOpinion;
    const article = articleFor(note.object_refs, articles);
    if (!article) {
      skipped.push({ path, reason: `${object.type} about no report in this bundle` });
      continue;
    }
    const place = isNote ? placeIn(article.source.text, [note.abstract, note.content]) : placeIn(article.source.text, [opinion.explanation]);
    if (!place) {
      skipped.push({ path, reason: `${object.type}: its words are not found in the text of "${article.source.title.slice(0, 100)}"` });
      continue;
    }
    const noteText = isNote
      ? place.used === note.abstract?.trim() ? note.content : (note.abstract ?? '')
      : `Opinion: ${opinion.opinion}`;
    const denies = !isNote && (opinion.opinion === 'disagree' || opinion.opinion === 'strongly-disagree');
    const author = note.authors?.[0] ?? (note.created_by_ref ? creators.get(note.created_by_ref) : undefined) ?? '';
    const candidate = {
      ...createAnnotation({
        id: uuidOf(object.id),
        source: article.source,
        placement: describeSelection(article.source.text, place.start, place.end),
        kind: kindOf(note.labels) ?? (denies ? 'denial' : 'claim'),
        author: author.slice(0, 500),
        at: note.created,
        fields: {
          credibility: note.confidence !== undefined ? credibilityOf(note.confidence) : null,
          tags: [...new Set((note.labels ?? []).filter((l) => kindOf([l]) === null && l.length > 0 && l.length <= 100))].slice(0, 100),
          note: noteText === '' ? '' : plainTextToLexicalJson(noteText),
          noteText,
        },
      }),
      updatedAt: note.modified,
    };
    const checked = annotationSchema.safeParse(candidate);
    if (!checked.success) {
      skipped.push({ path, reason: `${object.type} not usable: ${checked.error.issues[0]?.message ?? ''}` });
      continue;
    }
    annotations.push(checked.data);
    article.annotations += 1;
  }

  const kept = [...articles.values()].map((a) => `report "${a.source.title}" → article with ${a.annotations} annotation(s)`);
  if (notLoaded.size > 0) {
    const counts = [...notLoaded.entries()].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`);
    skipped.push({ path: '$.objects', reason: `objects the workbench has no place for, left out: ${counts.join(', ')}` });
  }
  const firstReport = [...articles.values()][0]?.report;
  const exportedBy = firstReport?.created_by_ref ? (creators.get(firstReport.created_by_ref) ?? null) : null;
  return { sources: [...articles.values()].map((a) => a.source), annotations, kept, skipped, exportedBy };
}
