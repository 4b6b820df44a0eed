import { describe, expect, it } from 'vitest';
import { anchorAnnotation, anchorMany, describeSelection } from '../../../shared/anchoring';
import type { AnnotationSelectors } from '../../../shared/anchoring';
import { nthIndexOf, readSampleArticle, selectPhrase } from './selectPhrase';

const article = readSampleArticle();
const BLAMED = 'which Baku blamed on Iran';
const DENIED =
  'officially denied Tehran’s involvement in the drone strikes on the Azerbaijani exclave of Nakhchivan';

describe('anchorAnnotation on unchanged text', () => {
  it('is exact with score 1 at the stored offsets', () => {
    const selectors = selectPhrase(article, BLAMED);

    expect(anchorAnnotation(article, selectors)).toEqual({
      state: 'exact',
      score: 1,
      start: selectors.position.start,
      end: selectors.position.end,
    });
  });
});

describe('anchorAnnotation on moved text', () => {
  it('follows the quote when a paragraph is inserted before it', () => {
    const selectors = selectPhrase(article, BLAMED);
    const inserted = 'Editor’s note: this article was updated on 10 March.\n\n';

    const result = anchorAnnotation(inserted + article, selectors);

    expect(result).toEqual({
      state: 'moved',
      score: 1,
      start: selectors.position.start + inserted.length,
      end: selectors.position.end + inserted.length,
    });
  });

  it('still finds the quote when the stored position is damaged', () => {
    const { quote } = selectPhrase(article, BLAMED);
    const expected = nthIndexOf(article, BLAMED);

    for (const position of [
      { start: -5, end: 20 },
      { start: Number.NaN, end: Number.NaN },
      { start: article.length + 10, end: article.length + 35 },
    ]) {
      expect(anchorAnnotation(article, { quote, position })).toMatchObject({ state: 'moved', start: expected });
    }
  });
});

describe('anchorAnnotation on edited text', () => {
  it('finds a quote with a few words changed as fuzzy, with a score below 1', () => {
    const selectors = selectPhrase(article, DENIED);
    const revised = DENIED.replace('drone strikes', 'drone attack').replace('exclave', 'enclave');
    const edited = article.replace(DENIED, revised);

    const result = anchorAnnotation(edited, selectors);

    expect(result.state).toBe('fuzzy');
    expect(result.score).toBeLessThan(1);
    expect(result.score).toBeGreaterThan(0.8);
    expect(result.start).toBe(selectors.position.start);
    expect(edited.slice(result.start ?? 0, result.end ?? 0)).toBe(revised);
  });

  it('finds an edited quote that also moved far beyond the search window', () => {
    const selectors = selectPhrase(article, DENIED);
    const edited = 'Background. '.repeat(1_000) + article.replace('drone strikes', 'drone attack');

    const result = anchorAnnotation(edited, selectors);

    expect(result.state).toBe('fuzzy');
    expect(result.start).toBe(selectors.position.start + 'Background. '.length * 1_000);
  });

  it('orphans an edited quote when a stricter similarity is demanded', () => {
    const selectors = selectPhrase(article, DENIED);
    const edited = article.replace('drone strikes', 'drone attack');

    expect(anchorAnnotation(edited, selectors, { minQuoteSimilarity: 0.99 }).state).toBe('orphan');
  });

  it('finds a long quote whose opening was rewritten, through its tail', () => {
    const paragraphs = article.split('\n\n');
    const body = paragraphs.slice(2, 9).join('\n\n');
    expect(body.length).toBeGreaterThan(1_100);
    const selectors = selectPhrase(article, body);
    const rewrittenOpening = 'On Saturday the security service of Azerbaijan announced it had thwarted';
    const edited = article.replace(body, rewrittenOpening + body.slice(rewrittenOpening.length + 20));

    const result = anchorAnnotation(edited, selectors);

    expect(result.state).toBe('fuzzy');
    // Where the edit sits at a boundary, an equally cheap alignment may take in a few more
    // characters; the unedited end is exact.
    expect(result.start).toBeLessThanOrEqual(selectors.position.start);
    expect(result.start).toBeGreaterThan(selectors.position.start - 16);
    expect(result.end).toBe(selectors.position.end - 20);
  });
});

describe('anchorAnnotation on repeated phrases', () => {
  const REPEATED = 'the talks had failed';
  const text = [
    'Baku said on Monday that the talks had failed after the second round.',
    'Tehran replied that the talks had failed because of outside pressure.',
    'Observers in Tbilisi agreed that the talks had failed for now.',
  ].join('\n\n');

  it('prefers the occurrence whose prefix and suffix agree over the nearest one', () => {
    const selectors = selectPhrase(text, REPEATED, 1);
    // The Tehran paragraph moves to the end, so the Tbilisi occurrence now sits nearest.
    const [baku, tehran, tbilisi] = text.split('\n\n');
    const reordered = [baku, tbilisi, tehran].join('\n\n');
    const expectedStart = nthIndexOf(reordered, REPEATED, 2);
    const nearestStart = nthIndexOf(reordered, REPEATED, 1);
    expect(Math.abs(nearestStart - selectors.position.start)).toBeLessThan(
      Math.abs(expectedStart - selectors.position.start),
    );

    expect(anchorAnnotation(reordered, selectors)).toMatchObject({ state: 'moved', start: expectedStart });
  });

  it('takes the occurrence nearest the old position when the context is identical', () => {
    const block = 'Statement: the ministry said that the talks had failed and it would not comment further.\n';
    const identical = `Intro.\n${block}${block}${block}Outro.`;
    const selectors = selectPhrase(identical, REPEATED, 1);
    const first = selectPhrase(identical, REPEATED, 0).quote;
    expect(selectors.quote).toEqual(first);

    const shifted = `Intro, updated.\n${block}${block}${block}Outro.`;
    expect(anchorAnnotation(shifted, selectors)).toMatchObject({
      state: 'moved',
      start: nthIndexOf(shifted, REPEATED, 1),
    });

    const thirdSelectors = selectPhrase(identical, REPEATED, 2);
    const firstBlockDeleted = `Intro.\n${block}${block}Outro.`;
    expect(anchorAnnotation(firstBlockDeleted, thirdSelectors)).toMatchObject({
      state: 'moved',
      start: nthIndexOf(firstBlockDeleted, REPEATED, 1),
    });
  });
});

describe('anchorAnnotation on deleted passages', () => {
  it('orphans a quote whose paragraph was deleted', () => {
    const selectors = selectPhrase(article, BLAMED);
    const withoutFirstParagraph = article.slice(article.indexOf('\n\n') + 2);

    expect(anchorAnnotation(withoutFirstParagraph, selectors)).toEqual({
      state: 'orphan',
      score: 0,
      start: null,
      end: null,
    });
  });

  it('orphans a short quote rather than match a look-alike word nearby', () => {
    const selectors = selectPhrase(article, 'Pezeshkian’s');
    const without = article.split('Pezeshkian’s').join('his');

    expect(anchorAnnotation(without, selectors).state).toBe('orphan');
  });

  it('orphans a record with an empty quote instead of throwing', () => {
    const damaged: AnnotationSelectors = { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 1 } };

    expect(anchorAnnotation(article, damaged).state).toBe('orphan');
  });
});

describe('anchorMany', () => {
  it('anchors each annotation and keeps their order', () => {
    const annotations = [
      selectPhrase(article, BLAMED),
      selectPhrase(article, DENIED),
      selectPhrase(article, 'Uncertainty remains'),
      describeSelection(article, 0, 5),
    ];
    const revised = ('Update.\n\n' + article)
      .replace('drone strikes on the Azerbaijani', 'drone strike on the Azerbaijani')
      .replace('Uncertainty remains\n\n', '');

    const states = anchorMany(revised, annotations).map((result) => result.state);

    expect(states).toEqual(['moved', 'fuzzy', 'orphan', 'moved']);
  });
});
