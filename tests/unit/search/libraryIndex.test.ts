// The search index over real names from the samples: what is searched, ranking of exact over
// near spellings, prefixes, phrases and exclusions, snippets with the hits marked.
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { createAnnotation, type Dossier } from '../../../shared/model';
import { createLibraryIndex, indexSnapshot, loadLibraryIndex, putDocuments, removeDocuments, type LibraryIndex } from '../../../shared/search/libraryIndex';
import { annotationDocument, articleDocument, dossierDocuments, passageDocuments, type SearchedSource } from '../../../shared/search/searchDocuments';
import { searchLibrary, type SearchOutcome } from '../../../shared/search/searchResults';

const EXACT_TEXT = 'Iranian President Masoud Pezeshkian called his Azerbaijani counterpart Ilham Aliyev.\nThe drone strike on the airport was denied by Tehran.';
const MISSPELT_TEXT = 'Iranian President Masouz Pezeshkian on June 26 called for investigation.\nPezeshkian urged Baku to verify reports of micro air vehicles.';
const PERSIAN_TEXT = 'رئیس‌جمهور پزشکیان در تماس تلفنی با همتای آذربایجانی خود گفت‌وگو کرد.';

const sources: readonly (SearchedSource & { readonly text: string })[] = [
  { id: 'exact', title: 'Pezeshkian calls Aliyev', publisher: 'IRNA', author: 'Reza Karimi', url: 'https://irna.example/1', tags: ['diplomacy'], text: EXACT_TEXT },
  { id: 'misspelt', title: 'Airspace investigation', publisher: 'Tasnim', author: '', url: '', tags: [], text: MISSPELT_TEXT },
  { id: 'persian', title: 'تماس تلفنی', publisher: 'BBC Persian', author: '', url: '', tags: [], text: PERSIAN_TEXT },
];

const denialAt = EXACT_TEXT.indexOf('The drone strike');
const denial = createAnnotation({
  id: 'denial-1',
  source: { id: 'exact', textHash: 'a'.repeat(64) },
  placement: describeSelection(EXACT_TEXT, denialAt, EXACT_TEXT.length),
  kind: 'denial',
  author: 'Leyla',
  fields: { actor: 'Tehran', target: 'İlham Əliyev', tags: ['drones'], noteText: 'Compare with Azertac coverage; follow up.' },
});

const dossier: Dossier = {
  id: 'dossier-1',
  title: 'Nakhchivan airport',
  subtitle: '',
  author: 'Leyla',
  handling: '',
  summary: '',
  items: [{ type: 'narrative', id: 'n1', content: '', contentText: 'Our assessment: the quokka theory does not hold.' }],
  createdAt: '2026-03-10T09:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
};

function buildIndex(): LibraryIndex {
  const index = createLibraryIndex();
  for (const { text, ...source } of sources) putDocuments(index, [articleDocument(source), ...passageDocuments(source.id, text)]);
  putDocuments(index, [annotationDocument(denial)]);
  putDocuments(index, dossierDocuments(dossier));
  return index;
}

function groupKeys(outcome: SearchOutcome): string[] {
  return outcome.groups.map((group) => group.key);
}

function markedWords(outcome: SearchOutcome): string[] {
  return outcome.groups.flatMap((g) => g.hits.flatMap((h) => h.snippet.marks.map(([s, e]) => h.snippet.text.slice(s, e))));
}

describe('the library index', () => {
  it('searches titles, metadata, text by paragraph, annotations and dossier sections', () => {
    const index = buildIndex();
    expect(groupKeys(searchLibrary(index, 'Reza Karimi'))).toEqual(['exact']);
    expect(groupKeys(searchLibrary(index, 'irna.example'))).toEqual(['exact']);
    const vehicles = searchLibrary(index, 'micro air vehicles');
    expect(vehicles.groups[0]?.hits[0]).toMatchObject({ kind: 'passage', target: { start: MISSPELT_TEXT.indexOf('micro'), end: MISSPELT_TEXT.indexOf('micro') + 5 } });
    const note = searchLibrary(index, 'Azertac');
    expect(note.groups[0]?.hits[0]).toMatchObject({ kind: 'annotation', annotationId: 'denial-1', names: 'Tehran → İlham Əliyev' });
    expect(groupKeys(searchLibrary(index, 'drones'))).toEqual(['exact']);
    expect(searchLibrary(index, 'quokka').groups[0]).toMatchObject({ key: 'd:dossier-1', kind: 'dossier', title: 'Nakhchivan airport' });
  });

  it('ranks exact spellings above near ones: "Masoud" finds "Masouz" after the exact hits', () => {
    const outcome = searchLibrary(buildIndex(), 'Masoud');
    const hits = outcome.groups.flatMap((g) => g.hits);
    expect(groupKeys(outcome)).toEqual(['exact', 'misspelt']);
    expect(hits.filter((h) => !h.near).every((h) => h.sourceId === 'exact')).toBe(true);
    expect(hits.find((h) => h.sourceId === 'misspelt')).toMatchObject({ near: true });
    expect(markedWords(outcome)).toContain('Masouz');
  });

  it('finds "Pezeshkian" from the prefix "pezeshk" and the spelling "Pezeshkyan"', () => {
    const index = buildIndex();
    for (const query of ['pezeshk', 'Pezeshkyan', 'PEZESHKIAN']) {
      const outcome = searchLibrary(index, query);
      expect(groupKeys(outcome).sort()).toEqual(['exact', 'misspelt']);
      expect(new Set(markedWords(outcome))).toEqual(new Set(['Pezeshkian']));
    }
  });

  it('folds Azerbaijani letters and Persian, keeps phrases exact and leaves out -words', () => {
    const index = buildIndex();
    expect(searchLibrary(index, 'ilham aliyev').total).toBeGreaterThan(0);
    expect(searchLibrary(index, 'İlham Əliyev').groups.map((g) => g.key)).toContain('exact');
    expect(groupKeys(searchLibrary(index, 'پزشکیان'))).toEqual(['persian']);
    expect(groupKeys(searchLibrary(index, '"drone strike"'))).toEqual(['exact']);
    expect(searchLibrary(index, '"strike drone"').total).toBe(0);
    expect(groupKeys(searchLibrary(index, 'Pezeshkian -Masouz'))).toEqual(['exact']);
  });

  it('matches quoted words only as written: no near spellings inside quotes', () => {
    const index = buildIndex();
    expect(groupKeys(searchLibrary(index, '"Masoud"'))).toEqual(['exact']);
    expect(searchLibrary(index, '"Masoud Pezeshkian"').groups.flatMap((g) => g.hits).every((h) => !h.near)).toBe(true);
    expect(searchLibrary(index, '"Pezeshkyan"').total).toBe(0);
  });

  it('counts every hit in its group, and shows the first groups with their first hits only', () => {
    const index = buildIndex();
    const whole = searchLibrary(index, 'Pezeshkian');
    const narrow = searchLibrary(index, 'Pezeshkian', { groups: 1, hitsPerGroup: 1 });
    expect(narrow.total).toBe(whole.total);
    expect(narrow.groupCount).toBe(whole.groupCount);
    expect(narrow.groups).toHaveLength(1);
    expect(narrow.groups[0]).toMatchObject({ key: whole.groups[0]?.key, count: whole.groups[0]?.count, hits: [whole.groups[0]?.hits[0]] });
    expect(whole.groups.reduce((sum, g) => sum + g.count, 0)).toBe(whole.total);
    // The article's own document leads its group.
    expect(whole.groups.find((g) => g.key === 'exact')?.hits[0]?.kind).toBe('article');
  });

  it('takes documents out and puts changed ones back', () => {
    const index = buildIndex();
    removeDocuments(index, ['a:denial-1']);
    expect(searchLibrary(index, 'Azertac').total).toBe(0);
    putDocuments(index, [annotationDocument({ ...denial, noteText: 'Now about Eurasianet.' })]);
    expect(searchLibrary(index, 'Azertac').total).toBe(0);
    expect(searchLibrary(index, 'Eurasianet').groups[0]?.hits[0]?.annotationId).toBe('denial-1');
  });

  it('keeps each document under its own number through removals, replacements and a snapshot', () => {
    const index = buildIndex();
    removeDocuments(index, ['a:denial-1']);
    putDocuments(index, [articleDocument({ ...(sources[1] as SearchedSource), title: 'Airspace inquiry' })]);
    const again = loadLibraryIndex(JSON.parse(JSON.stringify(indexSnapshot(index))) as ReturnType<typeof indexSnapshot>);
    // A document added after the load takes a number no loaded document holds.
    putDocuments(again, [annotationDocument({ ...denial, id: 'denial-2', noteText: 'Eurasianet says otherwise.' })]);
    expect(searchLibrary(again, 'Eurasianet').groups.flatMap((g) => g.hits.map((h) => h.annotationId))).toEqual(['denial-2']);
    expect(searchLibrary(again, 'inquiry').groups.map((g) => [g.key, g.title])).toEqual([['misspelt', 'Airspace inquiry']]);
    expect(searchLibrary(again, 'Azertac').total).toBe(0);
    expect(searchLibrary(again, 'quokka').groups.map((g) => g.key)).toEqual(['d:dossier-1']);
  });

  it('refuses a snapshot whose documents and engine ids do not match one to one', () => {
    const snapshot = indexSnapshot(buildIndex());
    const [first = 0, second = 1] = snapshot.numbers;
    const swappedOut = [second, second, ...snapshot.numbers.slice(2)];
    expect(() => loadLibraryIndex({ ...snapshot, numbers: swappedOut })).toThrow(/the number/);
    expect(() => loadLibraryIndex({ ...snapshot, numbers: [first + 10_000, ...snapshot.numbers.slice(1)] })).toThrow(/the number/);
    expect(() => loadLibraryIndex({ ...snapshot, documents: snapshot.documents.slice(1), numbers: snapshot.numbers.slice(1) })).toThrow(/in the engine/);
  });

  it('survives a round trip through its snapshot', () => {
    const index = buildIndex();
    const again = loadLibraryIndex(JSON.parse(JSON.stringify(indexSnapshot(index))) as ReturnType<typeof indexSnapshot>);
    for (const query of ['Masoud', 'pezeshk', 'quokka', '"drone strike"']) expect(searchLibrary(again, query).groups).toEqual(searchLibrary(index, query).groups);
  });
});
