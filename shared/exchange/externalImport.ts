// Reads annotations other tools wrote, W3C Web Annotations (a collection, a page, a list or one)
// and Hypothesis's JSON export, for articles already in the library.
import type { LibrarySource } from './format';
import {
  buildExternalContent,
  idForExternal,
  isoOrNull,
  kindFrom,
  type ExternalAnnotation,
  type ExternalImportOptions,
  type ExternalImportResult,
} from './externalAnnotation';
import { jsonPath, type PathSegment } from './problems';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

interface Selectors {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number | null;
  readonly end: number | null;
}

/** The quote and position selectors among a target's selectors; others (Range, XPath…) are ignored. */
function readSelectors(selectors: unknown): Selectors | null {
  let quote: Json | undefined;
  let position: Json | undefined;
  for (const selector of asList(selectors)) {
    if (!isRecord(selector)) continue;
    if (selector.type === 'TextQuoteSelector' && !quote) quote = selector;
    if (selector.type === 'TextPositionSelector' && !position) position = selector;
  }
  if (!quote || text(quote.exact) === '') return null;
  const start = position && Number.isInteger(position.start) ? Number(position.start) : null;
  const end = position && Number.isInteger(position.end) ? Number(position.end) : null;
  return { exact: text(quote.exact), prefix: text(quote.prefix), suffix: text(quote.suffix), start, end };
}

/** Every annotation in a W3C document, with its path: collections with embedded pages, pages, lists, single ones. */
function w3cItems(value: unknown): { readonly item: unknown; readonly path: PathSegment[] }[] {
  if (Array.isArray(value)) return value.map((item, i) => ({ item, path: [i] }));
  if (!isRecord(value)) return [];
  if (value.type === 'AnnotationCollection') {
    const first = value.first;
    return isRecord(first) ? asList(first.items).map((item, i) => ({ item, path: ['first', 'items', i] })) : [];
  }
  if (value.type === 'AnnotationPage') return asList(value.items).map((item, i) => ({ item, path: ['items', i] }));
  return [{ item: value, path: [] }];
}

export async function fromW3C(value: unknown, sources: readonly LibrarySource[], options: ExternalImportOptions): Promise<ExternalImportResult> {
  const skipped: { path: string; reason: string }[] = [];
  const items: ExternalAnnotation[] = [];
  if (isRecord(value) && value.type === 'AnnotationCollection' && typeof value.first === 'string') {
    skipped.push({ path: '$.first', reason: 'the collection names its pages by address only; export the annotations themselves' });
  }
  for (const { item, path } of w3cItems(value)) {
    const at = jsonPath(path);
    if (!isRecord(item)) {
      skipped.push({ path: at, reason: 'not an annotation object' });
      continue;
    }
    if (item.motivation === 'linking' || item.motivation === 'replying') {
      skipped.push({ path: at, reason: `a ${String(item.motivation)} annotation, not a passage` });
      continue;
    }
    const target = asList(item.target).find((t): t is Json => isRecord(t) && readSelectors(t.selector) !== null);
    const selectors = target ? readSelectors(target.selector) : null;
    if (!target || !selectors) {
      skipped.push({ path: at, reason: 'has no TextQuoteSelector: it does not mark a passage of text' });
      continue;
    }
    const bodies = [...asList(item.body), ...(typeof item.bodyValue === 'string' ? [{ type: 'TextualBody', value: item.bodyValue }] : [])].filter(isRecord);
    const withPurpose = (purpose: string): string[] => bodies.filter((b) => b.purpose === purpose).map((b) => text(b.value)).filter((v) => v !== '');
    const tags = withPurpose('tagging');
    const comments = bodies.filter((b) => b.purpose === undefined || b.purpose === 'commenting').map((b) => text(b.value)).filter((v) => v !== '');
    const creator = asList(item.creator)[0];
    items.push({
      path: at,
      id: await idForExternal('w3c', typeof item.id === 'string' ? item.id : JSON.stringify(item)),
      source: text(target.source) || text(target.id),
      ...selectors,
      kind: kindFrom([...withPurpose('classifying'), ...tags]),
      tags: tags.filter((t) => kindFrom([t]) === null),
      noteText: comments.join('\n\n'),
      author: isRecord(creator) ? text(creator.name) || text(creator.nickname) : text(creator),
      created: isoOrNull(item.created),
      modified: isoOrNull(item.modified),
    });
  }
  return buildExternalContent(items, sources, { exportedBy: 'W3C Web Annotation import', exportedAt: options.now, label: 'W3C annotations' }, options, skipped);
}

/** Rows from the Hypothesis client's export ({annotations}), the API's search ({rows}) or a bare list. */
function hypothesisRows(value: unknown): { readonly rows: unknown[]; readonly base: PathSegment[] } {
  if (Array.isArray(value)) return { rows: value, base: [] };
  if (isRecord(value) && Array.isArray(value.annotations)) return { rows: value.annotations, base: ['annotations'] };
  if (isRecord(value) && Array.isArray(value.rows)) return { rows: value.rows, base: ['rows'] };
  return { rows: [], base: [] };
}

/** "acct:alice@hypothes.is" → "alice"; the display name when the export has one. */
function hypothesisUser(row: Json): string {
  const info = row.user_info;
  if (isRecord(info) && text(info.display_name) !== '') return text(info.display_name);
  return text(row.user).replace(/^acct:/, '').replace(/@.*$/, '');
}

export async function fromHypothesis(value: unknown, sources: readonly LibrarySource[], options: ExternalImportOptions): Promise<ExternalImportResult> {
  const skipped: { path: string; reason: string }[] = [];
  const items: ExternalAnnotation[] = [];
  const { rows, base } = hypothesisRows(value);
  for (const [index, row] of rows.entries()) {
    const at = jsonPath([...base, index]);
    if (!isRecord(row)) {
      skipped.push({ path: at, reason: 'not an annotation object' });
      continue;
    }
    if (asList(row.references).length > 0) {
      skipped.push({ path: at, reason: 'a reply, not a passage' });
      continue;
    }
    const target = asList(row.target).find((t): t is Json => isRecord(t) && readSelectors(t.selector) !== null);
    const selectors = target ? readSelectors(target.selector) : null;
    if (!target || !selectors) {
      skipped.push({ path: at, reason: 'a page note: it marks no passage of text' });
      continue;
    }
    const allTags = asList(row.tags).map(text).filter((t) => t !== '');
    items.push({
      path: at,
      id: `hypothesis-${text(row.id).replace(/[^A-Za-z0-9_-]/g, '').slice(0, 60) || (await idForExternal('h', JSON.stringify(row)))}`,
      source: text(row.uri) || text(target.source),
      ...selectors,
      kind: kindFrom(allTags),
      tags: allTags.filter((t) => kindFrom([t]) === null),
      noteText: text(row.text),
      author: hypothesisUser(row),
      created: isoOrNull(row.created),
      modified: isoOrNull(row.updated),
    });
  }
  const exportedBy = isRecord(value) ? text(value.export_userid).replace(/^acct:/, '') || 'Hypothesis' : 'Hypothesis';
  const exportedAt = (isRecord(value) ? isoOrNull(value.export_date) : null) ?? options.now;
  return buildExternalContent(items, sources, { exportedBy, exportedAt, label: 'Hypothesis annotations' }, options, skipped);
}
