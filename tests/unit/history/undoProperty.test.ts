// Undo and redo are exact: any sequence of the analyst's undoable actions, driven through the same
// change objects the features record, then undo all gives back the starting library, and redo
// all the end state (compared as tests/unit/db/seedLibrary.ts defines "the same library").
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSelection, expandToCodePointBoundaries, reattachAnnotation } from '../../../shared/anchoring';
import { ANNOTATION_KINDS, LINK_TYPES, createAnnotation, pickSourceMetadata, type Annotation } from '../../../shared/model';
import { db } from '../../../renderer/db/database';
import { newDossier } from '../../../renderer/db/dossiers';
import { loadSource } from '../../../renderer/db/library';
import {
  createAnnotationChange,
  deleteAnnotationChange,
  editAnnotationChange,
  linkChange,
  noteEditChange,
  unlinkChange,
} from '../../../renderer/features/annotations/annotationChanges';
import {
  createDossierChange,
  deleteDossierChange,
  dossierFieldsChange,
  duplicateDossierChange,
  itemsChange,
} from '../../../renderer/features/dossier/dossierChanges';
import { addPassages, removeItem } from '../../../renderer/features/dossier/model/dossierItems';
import { UndoStack, type PlannedChange } from '../../../renderer/ui/undoStack';
import { deleteSourceChange, editSourceChange } from '../../../renderer/features/library/libraryChanges';
import { importSharedFile } from '../../../renderer/features/sharing/importSharedFile';
import { sharedImportChange } from '../../../renderer/features/sharing/sharedImportChange';
import { clearLibrary, comparableLibrary, seedArticles } from '../db/seedLibrary';
import { propertyRuns } from '../propertyRuns';

const SAMPLES = new Uint8Array(readFileSync(new URL('../../../docs/examples/samples.dossier', import.meta.url)));
const ANALYST = 'Tester';

const text = fc.string({ maxLength: 12 });
const step = fc.oneof(
  fc.record({ type: fc.constant('tag' as const), source: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 40 }), kind: fc.constantFrom(...ANNOTATION_KINDS) }),
  fc.record({ type: fc.constant('edit' as const), target: fc.nat(), field: fc.constantFrom('actor', 'target', 'tags', 'credibility', 'eventDate', 'kind'), value: text, n: fc.nat() }),
  fc.record({ type: fc.constant('note' as const), target: fc.nat(), value: text }),
  fc.record({ type: fc.constant('delete' as const), target: fc.nat() }),
  fc.record({ type: fc.constant('link' as const), from: fc.nat(), to: fc.nat(), linkType: fc.constantFrom(...LINK_TYPES) }),
  fc.record({ type: fc.constant('unlink' as const), target: fc.nat() }),
  fc.record({ type: fc.constant('reattach' as const), target: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ type: fc.constant('editSource' as const), source: fc.nat(), value: text }),
  fc.record({ type: fc.constant('deleteSource' as const), source: fc.nat() }),
  fc.record({ type: fc.constant('newDossier' as const), value: text }),
  fc.record({ type: fc.constant('dossierFields' as const), target: fc.nat(), value: text }),
  fc.record({ type: fc.constant('addPassage' as const), target: fc.nat(), annotation: fc.nat() }),
  fc.record({ type: fc.constant('removeItem' as const), target: fc.nat(), item: fc.nat() }),
  fc.record({ type: fc.constant('deleteDossier' as const), target: fc.nat() }),
  fc.record({ type: fc.constant('duplicateDossier' as const), target: fc.nat() }),
  fc.record({ type: fc.constant('import' as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function fieldChange(annotation: Annotation, field: string, value: string, n: number): Parameters<typeof editAnnotationChange>[1] {
  switch (field) {
    case 'actor':
      return { actor: value };
    case 'target':
      return { target: value };
    case 'tags':
      return { tags: value.split(/\s+/).filter(Boolean) };
    case 'credibility':
      return { credibility: n % 7 === 0 ? null : ((n % 6) + 1) as 1 | 2 | 3 | 4 | 5 | 6 };
    case 'eventDate':
      return { eventDate: { value: `20${String(n % 100).padStart(2, '0')}`, precision: 'year' } };
    default:
      return { kind: ANNOTATION_KINDS[(ANNOTATION_KINDS.indexOf(annotation.kind) + 1) % ANNOTATION_KINDS.length] };
  }
}

/** The change a step stands for in the current library, or null when it does not apply. */
async function plan(s: Step): Promise<PlannedChange | null> {
  const byId = <T extends { readonly id: string }>(all: T[]): T[] => all.sort((a, b) => a.id.localeCompare(b.id));
  const annotations = byId(await db.annotations.toArray());
  const sources = byId(await db.sources.toArray());
  const dossiers = byId(await db.dossiers.toArray());
  switch (s.type) {
    case 'tag': {
      const source = await loadSource(pick(sources, s.source)?.id ?? '');
      if (!source) return null;
      const start = s.start % (source.text.length - 1);
      const bounds = expandToCodePointBoundaries(source.text, start, Math.min(source.text.length, start + s.length));
      const annotation = createAnnotation({ source, placement: describeSelection(source.text, bounds.start, bounds.end), kind: s.kind, author: ANALYST });
      return createAnnotationChange(annotation, 'Tag');
    }
    case 'edit': {
      const annotation = pick(annotations, s.target);
      return annotation ? editAnnotationChange(annotation.id, fieldChange(annotation, s.field, s.value, s.n), ANALYST, 'Edit') : null;
    }
    case 'note': {
      const annotation = pick(annotations, s.target);
      if (!annotation) return null;
      return noteEditChange(annotation.id, { note: annotation.note, noteText: annotation.noteText }, { note: s.value ? JSON.stringify({ text: s.value }) : '', noteText: s.value }, ANALYST);
    }
    case 'delete': {
      const annotation = pick(annotations, s.target);
      return annotation ? deleteAnnotationChange(annotation.id, 'Delete') : null;
    }
    case 'link': {
      const [from, to] = [pick(annotations, s.from), pick(annotations, s.to)];
      return from && to && from.id !== to.id ? linkChange(from.id, to.id, s.linkType, 'Link') : null;
    }
    case 'unlink': {
      const link = pick(byId(await db.links.toArray()), s.target);
      return link ? unlinkChange(link) : null;
    }
    case 'reattach': {
      const annotation = pick(annotations, s.target);
      const source = annotation && (await loadSource(annotation.sourceId));
      if (!annotation || !source) return null;
      const start = s.start % (source.text.length - 1);
      const selectors = reattachAnnotation(source.text, start, Math.min(source.text.length, start + s.length));
      return editAnnotationChange(annotation.id, { ...selectors, sourceHash: source.textHash, anchor: { state: 'exact', score: 1, checkedAt: new Date().toISOString() } }, ANALYST, 'Re-attach');
    }
    case 'editSource': {
      const source = pick(sources, s.source);
      return source ? editSourceChange(source, { ...pickSourceMetadata(source), title: s.value, tags: s.value ? [s.value] : [] }) : null;
    }
    case 'deleteSource': {
      const source = pick(sources, s.source);
      return source ? deleteSourceChange(source) : null;
    }
    case 'newDossier':
      return s.value.trim() ? createDossierChange(newDossier({ title: s.value })) : null;
    case 'dossierFields': {
      const dossier = pick(dossiers, s.target);
      return dossier ? dossierFieldsChange(dossier.id, { title: s.value, summary: s.value }, 'Edit dossier') : null;
    }
    case 'addPassage': {
      const [dossier, annotation] = [pick(dossiers, s.target), pick(annotations, s.annotation)];
      return dossier && annotation ? itemsChange(dossier.id, 'Add passage', (items) => addPassages(items, [annotation.id])) : null;
    }
    case 'removeItem': {
      const dossier = pick(dossiers, s.target);
      const item = dossier && pick(dossier.items, s.item);
      return dossier && item ? itemsChange(dossier.id, 'Remove item', (items) => removeItem(items, item.id)) : null;
    }
    case 'deleteDossier': {
      const dossier = pick(dossiers, s.target);
      return dossier ? deleteDossierChange(dossier.id) : null;
    }
    case 'duplicateDossier': {
      const dossier = pick(dossiers, s.target);
      return dossier ? duplicateDossierChange(dossier) : null;
    }
    case 'import': {
      // As the app does it: the import is written first, then recorded with its id.
      const file = { status: 'read' as const, name: 'samples.dossier', size: SAMPLES.byteLength, bytes: SAMPLES };
      const outcome = await importSharedFile(file, { analystName: ANALYST });
      if (outcome.status !== 'imported') throw new Error('the sample file was refused');
      return sharedImportChange(file, outcome.importId, outcome.newIds, ANALYST);
    }
  }
}

/** The shell's `perform`: run, and record what ran; a refused change must leave nothing behind. */
async function perform(stack: UndoStack, planned: PlannedChange): Promise<void> {
  const before = await comparableLibrary(db);
  try {
    await planned.run();
  } catch {
    expect(await comparableLibrary(db)).toEqual(before);
    return;
  }
  stack.push({ label: planned.label, undo: planned.undo, redo: planned.redo ?? planned.run });
}

describe('undo and redo', () => {
  it('undo all gives back the starting library, redo all the end state, for any sequence of actions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        await clearLibrary(db);
        await seedArticles(db);
        const start = await comparableLibrary(db);
        const stack = new UndoStack();
        for (const s of steps) {
          const planned = await plan(s);
          if (planned) await perform(stack, planned);
        }
        const end = await comparableLibrary(db);
        while (await stack.undo());
        expect(await comparableLibrary(db)).toEqual(start);
        while (await stack.redo());
        expect(await comparableLibrary(db)).toEqual(end);
        // And once more, as an analyst stepping back and forth would.
        while (await stack.undo());
        expect(await comparableLibrary(db)).toEqual(start);
      }),
      propertyRuns(15),
    );
  }, 120_000);
});
