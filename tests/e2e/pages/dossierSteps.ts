// Steps the dossier tests share: sample phrases, tagging, article citations, axe checks, and a
// large dossier written straight into IndexedDB (as an import would) for the export at scale.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { ReaderPage } from './ReaderPage';
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

/** No serious or critical axe violation on the page as it is. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${view}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export /** Writes a dossier of `count` passages over the first sample straight into IndexedDB (what an import would do). */
async function seedLargeDossier(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const request = indexedDB.open('dossier-workbench');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T,>(store: string): Promise<T[]> =>
      new Promise((resolve) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result as T[]);
      });
    const sources = await read<{ id: string; title: string; textHash: string }>('sources');
    const source = sources.find((s) => s.title.startsWith('Iranian President Masoud'));
    const texts = await read<{ id: string; text: string }>('sourceTexts');
    const text = texts.find((t) => t.id === source?.id)?.text ?? '';
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const now = new Date().toISOString();
    const kinds = ['claim', 'denial', 'action'];
    const annotations = Array.from({ length: count }, (_, i) => {
      const first = words[(i * 3) % (words.length - 6)] ?? { start: 0, end: 1 };
      const last = words[((i * 3) % (words.length - 6)) + 5] ?? first;
      return {
        id: `bulk-${i}`,
        sourceId: source?.id,
        sourceHash: source?.textHash,
        kind: kinds[i % 3],
        quote: { exact: text.slice(first.start, last.end), prefix: text.slice(Math.max(0, first.start - 32), first.start), suffix: text.slice(last.end, last.end + 32) },
        position: { start: first.start, end: last.end },
        anchor: { state: 'exact', score: 1, checkedAt: now },
        actor: ['Azerbaijan', 'Iran', 'Masoud Pezeshkian', ''][i % 4],
        target: '',
        eventDate: { value: i % 5 === 0 ? '' : `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
        credibility: ((i % 6) + 1),
        tags: [],
        note: '',
        noteText: i % 10 === 0 ? `Note on passage ${i + 1}.` : '',
        author: 'Bench',
        createdAt: now,
        updatedAt: now,
        revision: 1,
      };
    });
    const items = annotations.map((a, i) => ({ type: 'passage', id: `item-${i}`, annotationId: a.id, commentary: i % 7 === 0 ? 'Worth a look.' : '' }));
    const dossier = { id: 'large', title: `Large dossier (${count})`, subtitle: '', author: 'Bench', handling: 'Internal', summary: '', items, createdAt: now, updatedAt: now };
    const tx = db.transaction(['annotations', 'dossiers'], 'readwrite');
    for (const a of annotations) tx.objectStore('annotations').put(a);
    tx.objectStore('dossiers').put(dossier);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, count);
}
