// Common ground of the W3C and Hypothesis importers: an annotation made by another tool, matched
// to an article in the library and turned into our record, ready for the ordinary merge.
import { ANNOTATION_KINDS, annotationSchema, type Annotation, type AnnotationKind } from '../model/annotation';
import { createAnnotation } from '../model/annotationFactory';
import { sha256Hex } from '../text/sha256';
import type { ExchangeContent, LibrarySource } from './format';
import { hasText } from './format';
import { plainTextToLexicalJson } from './lexicalNote';
import { normalisedUrl } from './mergeSources';
import { HASH_IRI_PREFIX } from './webAnnotation';

/** What the importers read out of another tool's annotation. */
export interface ExternalAnnotation {
  /** Where it sits in the file, for messages. */
  readonly path: string;
  /** Our record id: stable for the same external annotation, so importing twice matches. */
  readonly id: string;
  /** The article: a URL, or urn:sha256: and our text hash. */
  readonly source: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number | null;
  readonly end: number | null;
  /** Kind named by the annotation, if any; tags naming a kind count too. */
  readonly kind: AnnotationKind | null;
  readonly tags: readonly string[];
  readonly noteText: string;
  readonly author: string;
  readonly created: string | null;
  readonly modified: string | null;
}

export interface ExternalImportOptions {
  readonly now: string;
  /** The kind given to annotations that name none (other tools have no claims, denials or actions). */
  readonly defaultKind?: AnnotationKind;
}

export interface ExternalImportResult {
  /** Ready for planMerge: annotations name library sources by hash; the file brings no sources. */
  readonly content: ExchangeContent;
  /** Annotations not imported, each with where it is and why. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** How many were given the default kind. */
  readonly kindDefaulted: number;
}

export function kindFrom(values: readonly string[]): AnnotationKind | null {
  for (const value of values) {
    const kind = ANNOTATION_KINDS.find((k) => k === value.trim().toLowerCase());
    if (kind) return kind;
  }
  return null;
}

/** A stable record id for an external IRI: its UUID when it has one, else a hash of it. */
export async function idForExternal(prefix: string, iri: string): Promise<string> {
  const uuid = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(iri);
  if (uuid?.[1]) return uuid[1].toLowerCase();
  return `${prefix}-${(await sha256Hex(iri)).slice(0, 32)}`;
}

export function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function findSource(sources: readonly LibrarySource[], ref: string): LibrarySource | null {
  if (ref.startsWith(HASH_IRI_PREFIX)) return sources.find((s) => s.textHash === ref.slice(HASH_IRI_PREFIX.length)) ?? null;
  if (!/^https?:\/\//i.test(ref)) return null;
  const wanted = normalisedUrl(ref);
  const matches = sources.filter((s) => s.url !== '' && normalisedUrl(s.url) === wanted);
  // Several imports of one URL: the latest is the copy the analyst reads.
  return matches.sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0] ?? null;
}

/** Turns what the importers read into records on library sources; the merge re-anchors them. */
export function buildExternalContent(
  items: readonly ExternalAnnotation[],
  sources: readonly LibrarySource[],
  meta: { readonly exportedBy: string; readonly exportedAt: string; readonly label: string },
  options: ExternalImportOptions,
  skipped: { path: string; reason: string }[],
): ExternalImportResult {
  const annotations: Annotation[] = [];
  const seen = new Set<string>();
  let kindDefaulted = 0;
  const withText = sources.filter(hasText);
  for (const item of items) {
    const source = findSource(withText, item.source);
    if (!source || !hasText(source)) {
      skipped.push({ path: item.path, reason: `no article in the library matches ${JSON.stringify(item.source.slice(0, 100))}` });
      continue;
    }
    if (seen.has(item.id)) {
      skipped.push({ path: item.path, reason: 'the same annotation appears earlier in the file' });
      continue;
    }
    // Without offsets, start from the first occurrence; the merge's anchoring settles which one.
    const guess = source.text.indexOf(item.exact);
    const start = item.start ?? Math.max(guess, 0);
    const end = item.end !== null && item.end > start ? item.end : start + item.exact.length;
    const created = item.created ?? options.now;
    const candidate = {
      ...createAnnotation({
        id: item.id,
        source,
        placement: { quote: { exact: item.exact, prefix: item.prefix, suffix: item.suffix }, position: { start, end } },
        kind: item.kind ?? options.defaultKind ?? 'claim',
        author: item.author.slice(0, 500),
        at: created,
        fields: {
          tags: [...new Set(item.tags)].slice(0, 100),
          note: item.noteText === '' ? '' : plainTextToLexicalJson(item.noteText),
          noteText: item.noteText,
        },
      }),
      anchor: { state: 'exact' as const, score: 1, checkedAt: options.now },
      updatedAt: item.modified ?? created,
    };
    const checked = annotationSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      skipped.push({ path: item.path, reason: `not usable: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() });
      continue;
    }
    if (item.kind === null) kindDefaulted += 1;
    seen.add(item.id);
    annotations.push(checked.data);
  }
  const content: ExchangeContent = {
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    scope: { kind: 'selection', label: meta.label },
    sources: [],
    annotations,
    links: [],
    dossiers: [],
    conflicts: [],
  };
  return { content, skipped, kindDefaulted };
}
