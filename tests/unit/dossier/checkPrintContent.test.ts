// The PDF's data passes the shared schemas before it is laid out.
import { describe, expect, it } from 'vitest';
import { checkPrintContent } from '../../../renderer/features/dossier/export/checkPrintContent';
import { newDossier } from '../../../renderer/db/dossiers';
import { createAnnotation } from '../../../shared/model';

const annotation = createAnnotation({
  source: { id: 's1', textHash: 'c'.repeat(64) },
  placement: { quote: { exact: 'drones crossed', prefix: '', suffix: '' }, position: { start: 0, end: 14 } },
  kind: 'claim',
  author: 'Alice',
});

describe('checkPrintContent', () => {
  it('passes a dossier whose records the app could export', () => {
    const content = { dossier: newDossier({ title: 'Nakhchivan' }), annotations: new Map([[annotation.id, annotation]]), sources: new Map(), links: [] };
    expect(checkPrintContent(content)).toBe(content);
  });

  it('refuses a damaged passage before anything is printed, naming it and the field', () => {
    const damaged = { ...annotation, actor: 'x'.repeat(501) };
    const content = { dossier: newDossier({ title: 'Nakhchivan' }), annotations: new Map([[damaged.id, damaged]]), sources: new Map(), links: [] };
    expect(() => checkPrintContent(content)).toThrow(/passage “drones crossed” cannot be printed, so no PDF was made: actor/);
  });
});
