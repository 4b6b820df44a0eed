// The link picker's matching: words of quote, article title, actor or kind, in any order.
import { describe, expect, it } from 'vitest';
import { describeAnnotation, linkSearchIndex, matchLinkTargets } from '../../../renderer/features/annotations/linkTargets';
import { createAnnotation, type Annotation, type AnnotationKind } from '../../../shared/model';

const NAKHCHIVAN = { id: 'nakhchivan', textHash: 'a'.repeat(64) };
const AIRSPACE = { id: 'airspace', textHash: 'b'.repeat(64) };
const TITLES = new Map([
  ['nakhchivan', 'Iranian President Masoud Pezeshkian called his Azerbaijani counterpart Ilham Aliyev on Sunday evening'],
  ['airspace', 'Iranian President Masouz Pezeshkian on June 26 called for investigation into Israel’s possible use of Azerbaijan’s territories'],
]);

function passage(id: string, source: typeof NAKHCHIVAN, kind: AnnotationKind, exact: string, actor = ''): Annotation {
  return createAnnotation({
    id,
    source,
    kind,
    author: 'Leyla',
    placement: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    fields: { actor },
  });
}

const LIBRARY = [
  passage('blame', NAKHCHIVAN, 'claim', 'which Baku blamed on Iran', 'Azerbaijan'),
  passage('denial', NAKHCHIVAN, 'denial', 'officially denied Tehran’s involvement in the drone strikes', 'Masoud Pezeshkian'),
  passage('drones', AIRSPACE, 'claim', 'Israeli drones and micro air vehicles may have utilized Azerbaijan', 'Iranian readout'),
  passage('denied', AIRSPACE, 'denial', 'Aliyev denied these claims', 'Ilham Aliyev'),
];

const ids = (query: string, excludeId = 'none'): string[] => matchLinkTargets(linkSearchIndex(LIBRARY, TITLES), query, excludeId).shown.map((a) => a.id);

describe('matchLinkTargets', () => {
  it('offers every other annotation for an empty query, never the one being edited', () => {
    expect(ids('   ', 'denial')).toEqual(['blame', 'drones', 'denied']);
  });

  it('matches words of the quote, in any order and case', () => {
    expect(ids('IRAN blamed')).toEqual(['blame']);
  });

  it('matches the article’s whole title, the actor and the kind', () => {
    expect(ids('June 26')).toEqual(['drones', 'denied']);
    expect(ids('readout')).toEqual(['drones']);
    expect(ids('denial investigation')).toEqual(['denied']);
    expect(ids('claim sunday')).toEqual(['blame']);
  });

  it('says how many matched when it shows only the first few', () => {
    const many = Array.from({ length: 120 }, (_, i) => passage(`p${i}`, NAKHCHIVAN, 'action', `Cargo convoy number ${i} crossed at Julfa`));
    const index = linkSearchIndex(many, TITLES);
    const result = matchLinkTargets(index, 'julfa', 'p0');
    expect(result.shown).toHaveLength(50);
    expect(result.total).toBe(119);
    expect(matchLinkTargets(index, 'nowhere', 'p0')).toEqual({ shown: [], total: 0 });
  });

  it('isolates a Persian quote and an English title from each other in an option', () => {
    const persian = passage('fa', NAKHCHIVAN, 'claim', 'ایران حمله را رد کرد');
    expect(describeAnnotation(persian, TITLES)).toBe(
      `Claim: “\u2068ایران حمله را رد کرد\u2069” (\u2068${TITLES.get('nakhchivan') ?? ''}\u2069)`,
    );
  });
});
