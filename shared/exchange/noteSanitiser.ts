// Notes and narrative from a shared file keep only what the note editor itself can make: text
// with its formats, line breaks, links, lists, headings and quotes. Inline style and node types
// the editor does not know are dropped, and the import report says so.
import type { Annotation } from '../model/annotation';
import type { Dossier } from '../model/dossier';
import type { AnnotationConflict, ExchangeContent } from './format';
import type { PathSegment, ProblemList } from './problems';

type Json = Record<string, unknown>;

const BLOCK_FIELDS = ['direction', 'format', 'indent'] as const;

/** The fields each node type keeps, besides `type`, `version` and an element's `children`. */
const KEPT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  root: BLOCK_FIELDS,
  paragraph: [...BLOCK_FIELDS, 'textFormat'],
  heading: [...BLOCK_FIELDS, 'tag'],
  quote: BLOCK_FIELDS,
  list: [...BLOCK_FIELDS, 'listType', 'start', 'tag'],
  listitem: [...BLOCK_FIELDS, 'value', 'checked'],
  link: [...BLOCK_FIELDS, 'url', 'rel', 'target', 'title'],
  text: ['text', 'format', 'detail', 'mode'],
  tab: ['text', 'format', 'detail', 'mode'],
  linebreak: [],
};

const ELEMENTS: ReadonlySet<string> = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link']);
/** Style fields: emptied, since the editor never sets them and CSS can fetch (url()) or hide text. */
const STYLE_FIELDS = ['style', 'textStyle'] as const;

interface Findings {
  styled: boolean;
  dropped: Set<string>;
}

function cleanNode(node: unknown, findings: Findings): Json | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const source = node as Json;
  const type = typeof source.type === 'string' ? source.type : '';
  const kept = KEPT_FIELDS[type];
  if (!kept) {
    findings.dropped.add(type || 'untyped');
    return null;
  }
  const clean: Json = { type, version: typeof source.version === 'number' ? source.version : 1 };
  for (const field of kept) if (field in source) clean[field] = source[field];
  for (const field of STYLE_FIELDS) {
    if (typeof source[field] === 'string' && source[field] !== '') findings.styled = true;
    if (field in source) clean[field] = '';
  }
  if (ELEMENTS.has(type)) {
    const children = Array.isArray(source.children) ? source.children : [];
    clean.children = children.map((child) => cleanNode(child, findings)).filter((child): child is Json => child !== null);
  }
  return clean;
}

/** The note as the editor could have written it, and what was taken out; `null` note when unchanged. */
export function sanitiseNote(note: string): { readonly note: string; readonly removed: string | null } {
  if (note === '') return { note, removed: null };
  // The checker has already parsed this note and found it safe; it is editor JSON with a root.
  const value = JSON.parse(note) as { root?: unknown };
  const findings: Findings = { styled: false, dropped: new Set() };
  const root = cleanNode(value.root, findings);
  if (!findings.styled && findings.dropped.size === 0) return { note, removed: null };
  const parts: string[] = [];
  if (findings.styled) parts.push('inline style');
  if (findings.dropped.size > 0) parts.push(`parts the note editor cannot make (${[...findings.dropped].slice(0, 5).join(', ')})`);
  const cleaned = JSON.stringify({ root: root ?? { type: 'root', version: 1, children: [], direction: null, format: '', indent: 0 } });
  return { note: cleaned, removed: parts.join(' and ') };
}

function warn(warnings: ProblemList, path: readonly PathSegment[], removed: string): void {
  warnings.add(path, `${removed} removed: notes keep only what the note editor itself makes`);
}

function cleanAnnotation(annotation: Annotation, path: readonly PathSegment[], warnings: ProblemList): Annotation {
  const { note, removed } = sanitiseNote(annotation.note);
  if (!removed) return annotation;
  warn(warnings, path, removed);
  return { ...annotation, note };
}

function cleanDossier(dossier: Dossier, index: number, warnings: ProblemList): Dossier {
  let changed = false;
  const items = dossier.items.map((item, itemIndex) => {
    if (item.type !== 'narrative') return item;
    const { note, removed } = sanitiseNote(item.content);
    if (!removed) return item;
    changed = true;
    warn(warnings, ['dossiers', index, 'items', itemIndex, 'content'], removed);
    return { ...item, content: note };
  });
  return changed ? { ...dossier, items } : dossier;
}

/** The content with every note and narrative sanitised; warnings name each one that changed. */
export function sanitiseContentNotes(content: ExchangeContent, warnings: ProblemList): ExchangeContent {
  const annotations = content.annotations.map((a, i) => cleanAnnotation(a, ['annotations', i, 'dw:note'], warnings));
  const conflicts = content.conflicts.map(
    (c, i): AnnotationConflict => ({
      ...c,
      local: cleanAnnotation(c.local, ['conflicts', i, 'local', 'dw:note'], warnings),
      incoming: cleanAnnotation(c.incoming, ['conflicts', i, 'incoming', 'dw:note'], warnings),
    }),
  );
  const dossiers = content.dossiers.map((d, i) => cleanDossier(d, i, warnings));
  return { ...content, annotations, conflicts, dossiers };
}
