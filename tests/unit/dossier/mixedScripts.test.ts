// @vitest-environment jsdom
// Citations and contents entries that join Persian and English: each piece isolated (FSI…PDI),
// so a right-to-left title cannot swallow the publisher or the quotation marks beside it.
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/model';
import { citationText } from '../../../renderer/features/dossier/model/citation';
import type { NumberedPassage } from '../../../renderer/features/dossier/model/dossierEntries';
import { buildPrintModel } from '../../../renderer/features/dossier/print/printModel';
import { citeSelection } from '../../../renderer/features/reader/ReaderContextMenu';
import { annotation, source } from './fixtures';

const NOW = '2026-03-10T12:00:00.000Z';
const PERSIAN_TITLE = 'تماس تلفنی پزشکیان و علی‌اف';
const persianSource = source('src-fa', { title: PERSIAN_TITLE, publisher: 'Tasnim', language: 'fa', url: 'https://tasnimnews.com/x' });

describe('mixed-script citations', () => {
  it('closes the quotation marks around a Persian title before the publisher', () => {
    expect(citationText(persianSource)).toBe(`“\u2068${PERSIAN_TITLE}\u2069”, \u2068Tasnim\u2069, 9 March 2026. https://tasnimnews.com/x`);
  });

  it('isolates quote, title and publisher in a copied citation', () => {
    expect(citeSelection('رد کرد', persianSource)).toBe(`“\u2068رد کرد\u2069” (\u2068${PERSIAN_TITLE}\u2069, \u2068Tasnim\u2069, \u20689 March 2026\u2069, https://tasnimnews.com/x)`);
  });

  it('keeps a contents entry’s Persian quote apart from the title after it', () => {
    const dossier: Dossier = { id: 'd', title: 'T', subtitle: '', author: '', handling: '', summary: '', items: [], createdAt: NOW, updatedAt: NOW };
    const entry: NumberedPassage = {
      type: 'passage',
      item: { type: 'passage', id: 'i1', annotationId: 'a1', commentary: '' },
      number: 1,
      annotation: annotation('a1', { kind: 'denial', quote: { exact: 'ایران دخالتی نداشت', prefix: '', suffix: '' } }),
      source: persianSource,
      links: [],
    };
    const model = buildPrintModel(dossier, [entry], { view: 'composed', layout: 'detailed', now: new Date(NOW) });
    expect(model.contents[0]?.text).toBe(`1. Denial: “\u2068ایران دخالتی نداشت\u2069” — \u2068${PERSIAN_TITLE}\u2069`);
  });
});
