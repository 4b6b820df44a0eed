// The quick answer to the open query after a tag: the last answer with the new annotation's hit
// merged in, counted exactly as the whole query run again counts it, and shown in its group.
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../shared/anchoring/selectors';
import { createAnnotation } from '../../../shared/model';
import { createLibraryIndex, putDocuments, removeDocuments } from '../../../shared/search/libraryIndex';
import { annotationDocument, articleDocument, passageDocuments } from '../../../shared/search/searchDocuments';
import { searchLibrary, withAddedHits } from '../../../shared/search/searchResults';

const TEXT = 'Satellite images showed the pumping station. Officials said satellite images were old.\nThe drone strike near the airport was denied.';
const source = { id: 'article-1', title: 'Pumping station', publisher: 'Caspian Wire', author: '', url: '', tags: [] };
const other = { id: 'article-2', title: 'Border crossing', publisher: 'Azertac', author: '', url: '', tags: [] };
const OTHER_TEXT = 'Satellite images of the Astara crossing were published on Monday.';

function tag(id: string, sourceId: string, text: string, phrase: string): ReturnType<typeof createAnnotation> {
  const at = text.indexOf(phrase);
  return createAnnotation({ id, source: { id: sourceId, textHash: 'a'.repeat(64) }, placement: describeSelection(text, at, at + phrase.length), kind: 'claim', author: 'Leyla' });
}

describe('an annotation just tagged, in the open answer', () => {
  it('is counted as the whole query counts it, and shown in its group', () => {
    const index = createLibraryIndex();
    putDocuments(index, [articleDocument(source), ...passageDocuments(source.id, TEXT), articleDocument(other), ...passageDocuments(other.id, OTHER_TEXT)]);
    putDocuments(index, [annotationDocument(tag('old', source.id, TEXT, 'Satellite images showed'))]);
    for (const query of ['"satellite images"', 'satellite', 'satel', 'drone -satellite']) {
      const before = searchLibrary(index, query);
      const added = [annotationDocument(tag('new', source.id, TEXT, 'satellite images were old')), annotationDocument(tag('new-2', other.id, OTHER_TEXT, 'Satellite images of the Astara'))];
      const only = createLibraryIndex();
      putDocuments(only, added);
      const quick = withAddedHits(before, searchLibrary(only, query));
      putDocuments(index, added);
      const exact = searchLibrary(index, query);
      expect(quick.total).toBe(exact.total);
      expect(quick.groupCount).toBe(exact.groupCount);
      expect(new Map(quick.groups.map((g) => [g.key, g.count]))).toEqual(new Map(exact.groups.map((g) => [g.key, g.count])));
      if (query === '"satellite images"') expect(quick.groups.flatMap((g) => g.hits.map((h) => h.annotationId)).filter((id) => id.startsWith('new'))).toEqual(['new', 'new-2']);
      removeDocuments(index, added.map((d) => d.id));
    }
  });
});
