// Tells the three kinds of annotation file apart by their shape, so a file opened with the wrong
// command gets pointed at the right one instead of a list of schema errors.
import { FORMAT_NAME } from './format';
import { ANNO_CONTEXT } from './webAnnotation';

export type SharedFileKind = 'dossier' | 'w3c' | 'hypothesis' | 'stix' | 'unknown';

const W3C_TYPES: ReadonlySet<unknown> = new Set(['Annotation', 'AnnotationCollection', 'AnnotationPage']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasAnnoContext(value: Record<string, unknown>): boolean {
  const context = value['@context'];
  if (context === ANNO_CONTEXT || context === 'https://www.w3.org/ns/anno.jsonld') return true;
  return Array.isArray(context) && context.some((c) => c === ANNO_CONTEXT || c === 'https://www.w3.org/ns/anno.jsonld');
}

function looksLikeHypothesisRow(value: unknown): boolean {
  return isRecord(value) && typeof value.uri === 'string' && Array.isArray(value.target) && 'user' in value;
}

export function detectSharedFileKind(value: unknown): SharedFileKind {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (isRecord(first) && (hasAnnoContext(first) || W3C_TYPES.has(first.type))) return 'w3c';
    return looksLikeHypothesisRow(first) ? 'hypothesis' : 'unknown';
  }
  if (!isRecord(value)) return 'unknown';
  if (value.format === FORMAT_NAME) return 'dossier';
  // A STIX 2.1 bundle; shared/stix reads it and says what is wrong with one that is not valid.
  if (value.type === 'bundle') return 'stix';
  if (hasAnnoContext(value) || W3C_TYPES.has(value.type)) return 'w3c';
  // The Hypothesis client's export, and the API's search result.
  if (Array.isArray(value.annotations) && ('export_userid' in value || 'client_version' in value)) return 'hypothesis';
  if (Array.isArray(value.rows) && looksLikeHypothesisRow(value.rows[0])) return 'hypothesis';
  return 'unknown';
}

export const KIND_NAMES: Readonly<Record<SharedFileKind, string>> = {
  dossier: 'a Dossier Workbench file',
  w3c: 'a W3C Web Annotation file',
  hypothesis: 'a Hypothesis export',
  stix: 'a STIX 2.1 bundle',
  unknown: 'not an annotation file this app knows',
};
