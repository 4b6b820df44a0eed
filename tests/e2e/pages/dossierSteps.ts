// Steps the dossier tests share: sample phrases, tagging, article citations, axe checks, and a
// large dossier imported through the app for the export at scale.
import { expect, type Page } from '@playwright/test';
import { describeSelection } from '../../../shared/anchoring';
import { plainTextToLexicalJson } from '../../../shared/exchange';
import { ANNOTATION_KINDS, CREDIBILITY_LEVELS, createAnnotation, type Dossier } from '../../../shared/model';
import type { ReaderPage } from './ReaderPage';
import { sampleSource, seedLibrary } from './seedLibrary';
import type { WorkbenchPage } from './WorkbenchPage';

/** Phrases of the first sample article, and the citation the tests give it. */
export const FIRST = {
  url: 'https://oc-media.org/nakhchivan-call',
  publisher: 'OC Media',
  claim: 'which Baku blamed on Iran',
  denial: 'officially denied Tehran’s involvement in the drone strikes',
  action: 'flights from Baku to Nakhchivan resumed',
};
/** The same for the second sample. */
export const SECOND = {
  url: 'https://caliber.az/airspace-call',
  publisher: 'Caliber',
  claim: 'Israeli drones and micro air vehicles may have utilized Azerbaijan\'s airspace',
  denial: 'Aliyev denied these claims',
};
/** Gives the open article a publisher and an address; resolves with its title, as citations print it. */
export async function setCitation(workbench: WorkbenchPage, title: RegExp, fields: { publisher: string; url: string }): Promise<string> {
  // The details pane follows the reader a moment later; fill the form of the right article.
  await expect(workbench.detailsField('Title')).toHaveValue(title);
  await workbench.detailsField('Publisher').fill(fields.publisher);
  await workbench.detailsField('URL').fill(fields.url);
  await workbench.details.getByRole('button', { name: 'Save details' }).click();
  await expect(workbench.status).toHaveText(/^Saved details/);
  return workbench.detailsField('Title').inputValue();
}

/** Selects a phrase, tags it with a key (c, d, a) and names its actor. */
export async function tagPhrase(reader: ReaderPage, phrase: string, key: 'c' | 'd' | 'a', actor: string): Promise<void> {
  await reader.selectPhrase(phrase);
  await reader.page.keyboard.press(key);
  await expect(reader.editor.getByRole('blockquote')).toHaveText(phrase);
  await reader.fill('Actor', actor);
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A dossier of `count` passages over the first sample, imported through the app (seedLibrary). */
export async function seedLargeDossier(page: Page, count: number): Promise<void> {
  const source = await sampleSource('nakhchivan');
  const { text } = source;
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const at = new Date().toISOString();
  const annotations = Array.from({ length: count }, (_, i) => {
    const first = words[(i * 3) % (words.length - 6)] ?? { start: 0, end: 1 };
    const last = words[((i * 3) % (words.length - 6)) + 5] ?? first;
    const noteText = i % 10 === 0 ? `Note on passage ${i + 1}.` : '';
    return createAnnotation({
      id: uuid(i + 1),
      source,
      placement: describeSelection(text, first.start, last.end),
      kind: ANNOTATION_KINDS[i % 3] ?? 'claim',
      author: 'Bench',
      at,
      fields: {
        actor: ['Azerbaijan', 'Iran', 'Masoud Pezeshkian', ''][i % 4] ?? '',
        eventDate: { value: i % 5 === 0 ? '' : `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
        credibility: CREDIBILITY_LEVELS[i % 6] ?? null,
        note: noteText ? plainTextToLexicalJson(noteText) : '',
        noteText,
      },
    });
  });
  const items = annotations.map((a, i) => ({ type: 'passage' as const, id: uuid(100_000 + i), annotationId: a.id, commentary: i % 7 === 0 ? 'Worth a look.' : '' }));
  const dossier: Dossier = { id: uuid(99_999), title: `Large dossier (${count})`, subtitle: '', author: 'Bench', handling: 'Internal', summary: '', items, createdAt: at, updatedAt: at };
  await seedLibrary(page, { sources: [source], annotations, dossiers: [dossier] }, 'large-dossier.dossier');
}
