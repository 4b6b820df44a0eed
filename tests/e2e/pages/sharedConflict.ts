// A merged library file that carries an unresolved conflict, to reach the import report and the
// Conflicts dialog without two profiles.
import { describeSelection } from '../../../shared/anchoring';
import { createAnnotation } from '../../../shared/model';
import { FIRST } from './dossierSteps';
import { sampleSource, type SeedRecords } from './seedLibrary';

/** Two versions of one claim, as a lead's merged file carries an unresolved conflict. */
export async function fileWithConflict(): Promise<SeedRecords> {
  const source = await sampleSource('nakhchivan');
  const start = source.text.indexOf(FIRST.claim);
  const local = createAnnotation({
    id: '00000000-0000-4000-8000-00000000c001',
    source,
    placement: describeSelection(source.text, start, start + FIRST.claim.length),
    kind: 'claim',
    author: 'Leyla',
    at: '2026-03-10T10:00:00.000Z',
    fields: { actor: 'Azerbaijani Foreign Ministry' },
  });
  const incoming = { ...local, actor: 'Baku', editedBy: 'Rashad', revision: local.revision + 1, updatedAt: '2026-03-11T10:00:00.000Z' };
  const conflict = { id: 'conflict-1', annotationId: local.id, local, incoming, fileName: 'from-rashad.dossier', exportedBy: 'Rashad', detectedAt: '2026-03-12T10:00:00.000Z' };
  return { sources: [source], annotations: [local], conflicts: [conflict] };
}
