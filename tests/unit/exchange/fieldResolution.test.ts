// Settling a conflict field by field: each field from the chosen side, the note and tags joined
// when both are kept, one revision above both sides, signed by who chose.
import { describe, expect, it } from 'vitest';
import { resolveConflictFields } from '../../../shared/exchange/fieldResolution';
import { plainTextToLexicalJson } from '../../../shared/exchange';
import { createAnnotation, type Annotation } from '../../../shared/model';

const NOW = '2026-12-03T12:00:00.000Z';
const base = createAnnotation({
  source: { id: 's1', textHash: 'b'.repeat(64) },
  placement: { quote: { exact: 'text', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
  kind: 'claim',
  author: 'Alice',
});
const withNote = (a: Annotation, text: string): Annotation => ({ ...a, note: plainTextToLexicalJson(text), noteText: text });

describe('resolveConflictFields', () => {
  const local = withNote({ ...base, actor: 'Baku', tags: ['drones', 'border'], revision: 4, editedBy: 'Leyla' }, 'Mine.');
  const incoming = withNote({ ...base, actor: 'Tehran', target: 'Baku', tags: ['border', 'airspace'], revision: 5, editedBy: 'Rashad' }, 'Theirs.');
  const conflict = { id: 'c1', annotationId: base.id, local, incoming, fileName: 'r.dossier', exportedBy: 'Rashad', detectedAt: NOW };

  it('takes each field from the side chosen, mine where nothing was chosen', () => {
    const settled = resolveConflictFields(conflict, { actor: 'incoming' }, 'Leyla', NOW);
    expect(settled).toMatchObject({ actor: 'Tehran', target: '', tags: ['drones', 'border'], noteText: 'Mine.', revision: 6, updatedAt: NOW, editedBy: 'Leyla', author: 'Alice' });
  });

  it('keeps both notes and both sets of tags when asked', () => {
    const settled = resolveConflictFields(conflict, { tags: 'both', note: 'both', target: 'incoming' }, 'Leyla', NOW);
    expect(settled.tags).toEqual(['drones', 'border', 'airspace']);
    expect(settled.noteText).toBe('Mine.\n\nTheirs.');
    expect(JSON.stringify(settled.note)).toContain('Mine.');
    expect(settled.note).toContain('Theirs.');
    expect(settled.target).toBe('Baku');
  });
});
