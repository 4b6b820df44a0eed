// Settling a merge conflict field by field: for each field the analyst keeps their value, the
// colleague's, or (for the note and the tags) both. The result is stored as a new revision above
// both sides', so the choice wins when files are exchanged again.
import type { Annotation } from '../model/annotation';
import type { AnnotationConflict } from './format';

export const RESOLVABLE_FIELDS = ['kind', 'actor', 'target', 'eventDate', 'credibility', 'tags', 'note'] as const;
export type ResolvableField = (typeof RESOLVABLE_FIELDS)[number];
export type FieldChoice = 'local' | 'incoming' | 'both';

/** Fields whose two values can be kept together. */
export const JOINABLE_FIELDS: ReadonlySet<ResolvableField> = new Set(['tags', 'note']);

/** Whether the two versions hold different values for `field`. */
export function fieldDiffers(conflict: AnnotationConflict, field: ResolvableField): boolean {
  const read = (a: Annotation): unknown => (field === 'note' ? a.noteText : a[field]);
  return JSON.stringify(read(conflict.local)) !== JSON.stringify(read(conflict.incoming));
}

interface LexicalState {
  readonly root: { readonly children: readonly unknown[] } & Record<string, unknown>;
}

function readLexical(json: string): LexicalState | null {
  try {
    const state = JSON.parse(json) as Partial<LexicalState>;
    return state.root && Array.isArray(state.root.children) ? (state as LexicalState) : null;
  } catch {
    return null;
  }
}

/** Both notes, the analyst's first: their paragraphs one after the other. */
function joinNotes(local: Annotation, incoming: Annotation): Pick<Annotation, 'note' | 'noteText'> {
  if (!incoming.noteText.trim()) return { note: local.note, noteText: local.noteText };
  if (!local.noteText.trim()) return { note: incoming.note, noteText: incoming.noteText };
  const [mine, theirs] = [readLexical(local.note), readLexical(incoming.note)];
  const noteText = `${local.noteText}\n\n${incoming.noteText}`;
  // A note that is not Lexical state (plain text from another tool) keeps its text in the joined note.
  if (!mine || !theirs) return { note: '', noteText };
  return { note: JSON.stringify({ ...mine, root: { ...mine.root, children: [...mine.root.children, ...theirs.root.children] } }), noteText };
}

function pickField(conflict: AnnotationConflict, field: ResolvableField, choice: FieldChoice): Partial<Annotation> {
  const { local, incoming } = conflict;
  if (choice === 'both' && field === 'tags') return { tags: [...new Set([...local.tags, ...incoming.tags])].slice(0, 100) };
  if (choice === 'both' && field === 'note') return joinNotes(local, incoming);
  const side = choice === 'incoming' ? incoming : local;
  return field === 'note' ? { note: side.note, noteText: side.noteText } : { [field]: side[field] };
}

/**
 * The annotation to store: the analyst's version with each field as chosen (a field not chosen
 * keeps the analyst's value), one revision above both sides, changed now by `editor`.
 */
export function resolveConflictFields(
  conflict: AnnotationConflict,
  choices: Partial<Record<ResolvableField, FieldChoice>>,
  editor: string,
  now: string,
): Annotation {
  let merged: Annotation = conflict.local;
  for (const field of RESOLVABLE_FIELDS) {
    const choice = choices[field];
    if (choice && (choice !== 'both' || JOINABLE_FIELDS.has(field))) merged = { ...merged, ...pickField(conflict, field, choice) };
  }
  return { ...merged, revision: Math.max(conflict.local.revision, conflict.incoming.revision) + 1, updatedAt: now, editedBy: editor };
}
