// The PDF an analyst hands to a reader: contents with the page each entry is on, the compact
// layout (five passages and more to an A4 page, Admiralty codes, quotes in context, numbered
// sources), the running header and "Page n of N" on both paper sizes, and Persian and Russian
// quotes read back from the PDF with poppler in logical order.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeSelection } from '../../shared/anchoring';
import { plainTextToLexicalJson } from '../../shared/exchange';
import { draftFromPlainText } from '../../shared/import/articleDraft';
import { ANNOTATION_KINDS, CREDIBILITY_LEVELS, createAnnotation, type Annotation, type Dossier, type ReliabilityGrade, type Source } from '../../shared/model';
import { DossierPage, flatten, type PdfText } from './pages/DossierPage';
import { contentsPages, passagePages } from './pages/pdfContents';
import { seedLibrary } from './pages/seedLibrary';
import { WorkbenchPage } from './pages/WorkbenchPage';

const AT = '2026-03-10T09:00:00.000Z';
const HANDLING = 'Internal — do not forward';

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

async function makeSource(id: string, text: string, fields: { title: string; publisher: string; author: string; url: string; publishedDate: string; reliability: ReliabilityGrade }): Promise<Source> {
  const draft = await draftFromPlainText(text, 'file', fields);
  return { ...draft, id, importedAt: AT, updatedAt: AT, tags: [], reliability: fields.reliability };
}

function passageOn(source: Source, id: number, start: number, end: number, fields: Parameters<typeof createAnnotation>[0]['fields'], kind = ANNOTATION_KINDS[id % 3] ?? 'claim'): Annotation {
  return createAnnotation({ id: uuid(id), source, placement: describeSelection(source.text, start, end), kind, author: 'Test', at: AT, fields });
}

function dossierOf(title: string, annotations: readonly Annotation[], commentary: (i: number) => string = () => ''): Dossier {
  const items = annotations.map((a, i) => ({ type: 'passage' as const, id: uuid(100_000 + i), annotationId: a.id, commentary: commentary(i) }));
  return { id: uuid(99_000 + annotations.length), title, subtitle: '', author: 'A. Analyst', handling: HANDLING, summary: '', items, createdAt: AT, updatedAt: AT };
}

async function openSeeded(page: Page, title: string): Promise<DossierPage> {
  const dossier = new DossierPage(new WorkbenchPage(page));
  await page.reload();
  await dossier.open(title);
  return dossier;
}

function expectRunningHeadAndFoot(pdf: PdfText, title: string): void {
  expect(pdf.pages).toHaveLength(pdf.pageCount);
  pdf.pages.forEach((text, index) => {
    expect(flatten(text)).toContain(`Page ${index + 1} of ${pdf.pageCount}`);
    expect(flatten(text)).toContain(HANDLING);
    if (index > 0) expect(flatten(text)).toContain(title);
  });
}

test('a 30-passage dossier prints compact by default: five and more passages to an A4 page, contents with page numbers, numbered sources', async ({ page }) => {
  test.setTimeout(180_000);
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const sample = readFileSync(path.join(__dirname, '..', '..', 'shared', 'samples', '000_4f72efb9e98d7d6f.txt'), 'utf8');
  const source = await makeSource('pdf-english', `Test copy of the call.\n\n${sample}`, {
    title: 'Pezeshkian denies Iran’s role in the Nakhchivan drone strikes in a call with Aliyev',
    publisher: 'OC Media',
    author: 'Test Author',
    url: 'https://oc-media.org/pdf-test',
    publishedDate: '2026-03-09',
    reliability: 'B',
  });
  const words = [...source.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const annotations = Array.from({ length: 30 }, (_, i) => {
    const first = words[i * 3 + 5] ?? { start: 0, end: 1 };
    const last = words[i * 3 + 10] ?? first;
    const noteText = i % 10 === 0 ? `Note on passage ${i + 1}.` : '';
    return passageOn(source, i + 1, first.start, last.end, {
      actor: ['Azerbaijan', 'Iran', 'Masoud Pezeshkian', ''][i % 4] ?? '',
      eventDate: { value: i % 5 === 0 ? '' : `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
      credibility: i % 7 === 6 ? null : (CREDIBILITY_LEVELS[i % 6] ?? null),
      note: noteText ? plainTextToLexicalJson(noteText) : '',
      noteText,
    });
  });
  const title = 'Thirty passages on Nakhchivan';
  await seedLibrary(page, { sources: [source], annotations, dossiers: [dossierOf(title, annotations, (i) => (i % 7 === 0 ? 'Worth a look.' : ''))] }, 'thirty.dossier');
  const dossier = await openSeeded(page, title);

  await dossier.composer.getByRole('button', { name: 'Export PDF…' }).click();
  const layout = page.getByRole('dialog', { name: 'Export PDF' }).getByRole('group', { name: 'Layout' });
  await expect(layout.getByRole('radio', { name: /^Compact/ })).toBeChecked();
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Cancel' }).click();

  await dossier.exportPdf('A4');
  const pdf = await dossier.printToPdf('compact-30');
  expect(pdf.pageSize).toMatch(/\(A4\)/);
  expectRunningHeadAndFoot(pdf, title);

  // Five passages and more on every page of the body but its last.
  const onPage = passagePages(pdf, 30);
  expect(onPage).not.toContain(0);
  const perPage = new Map<number, number>();
  for (const p of onPage) perPage.set(p, (perPage.get(p) ?? 0) + 1);
  const bodyPages = [...perPage.keys()].sort((a, b) => a - b);
  test.info().annotations.push({ type: 'figure', description: `30 compact passages on ${bodyPages.length} A4 pages: ${bodyPages.map((p) => perPage.get(p)).join(', ')}` });
  for (const p of bodyPages.slice(0, -1)) expect(perPage.get(p)).toBeGreaterThanOrEqual(5);
  expect(bodyPages.length).toBeLessThanOrEqual(6);

  // The contents give each passage the page it is printed on, and the sources list's page.
  const contents = contentsPages(pdf);
  expect([...contents.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect(Array.from({ length: 30 }, (_, i) => contents.get(i + 1))).toEqual(onPage);
  const sourcesPage = pdf.pages.findIndex((text) => /^\s*\[1\]/m.test(text)) + 1;
  expect(flatten(pdf.pages.slice(1, 3).join('\n'))).toMatch(new RegExp(`Sources ${sourcesPage}\\b`));

  // Compact passages: one Admiralty code, filled-in fields only, [n] to the sources list.
  const body = flatten(pdf.pages.slice(bodyPages[0] ? bodyPages[0] - 1 : 0).join('\n'));
  expect(body).toContain('Passage 1 · B1 · Actor Azerbaijan · [1]');
  expect(body).toContain('Passage 2 · B2 · Actor Iran · Date 2 March 2026 (day) · [1]');
  expect(body).toContain('Passage 4 · B4 · Date 4 March 2026 (day) · [1]');
  expect(body).toContain('Passage 7 · B– · Actor Masoud Pezeshkian · Date 7 March 2026 (day) · [1]');
  for (const absent of ['Target', 'Not given', 'Not assessed', 'Source reliability', 'Source:']) expect(body).not.toContain(absent);
  expect(body).toContain('Note Note on passage 11.');
  expect(body).toContain('Commentary Worth a look.');
  // The quote between a line of context either side, cut at word boundaries.
  const quote = (i: number): string => flatten(annotations[i]?.quote.exact ?? '');
  const textWords = source.text.split(/\s+/).filter(Boolean);
  expect(body).toContain(`${textWords.slice(6, 8).join(' ')} “${quote(1)}” ${textWords.slice(14, 16).join(' ')}`);
  // The sources list: full title, author, publisher, date, address and reliability.
  // (A line may end after the hyphen of a date: "2026-03-" then "09".)
  expect(flatten(pdf.pages[sourcesPage - 1] ?? '').replace(/- (?=\d)/g, '-')).toContain(
    '[1] “Pezeshkian denies Iran’s role in the Nakhchivan drone strikes in a call with Aliyev”, Test Author, OC Media, 9 March 2026. https://oc-media.org/pdf-test Reliability B: Usually reliable',
  );
});

const PERSIAN = {
  text: 'تهران — مسعود پزشکیان در تماس تلفنی با الهام علیاف دست داشتن ایران در حمله پهپادی به نخجوان را رد کرد. باکو پیش از این ایران را مسئول این حمله دانسته بود. دو کشور گفتند که روابط خود را بر پایه دوستی و همسایگی ادامه می دهند.',
  denial: 'دست داشتن ایران در حمله پهپادی به نخجوان را رد کرد',
  claim: 'باکو پیش از این ایران را مسئول این حمله دانسته بود',
  title: 'پزشکیان حمله به نخجوان را رد کرد',
};
const RUSSIAN = {
  text: 'Президент Ирана Масуд Пезешкиан позвонил Ильхаму Алиеву и официально отрицал причастность Тегерана к ударам беспилотников по Нахичевани. Ранее Баку обвинил Иран в нападении. Рейсы из Баку в Нахичевань возобновились в понедельник.',
  denial: 'официально отрицал причастность Тегерана к ударам беспилотников',
  action: 'Рейсы из Баку в Нахичевань возобновились',
  title: 'Пезешкиан отрицает удары по Нахичевани',
};

test('Persian and Russian quotes print shaped and in logical order, with the running header and page numbers on A4 and Letter', async ({ page }) => {
  test.setTimeout(180_000);
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const persian = await makeSource('pdf-persian', PERSIAN.text, { title: PERSIAN.title, publisher: 'ایرنا', author: '', url: 'https://irna.ir/pdf-test', publishedDate: '2026-03-08', reliability: 'C' });
  const russian = await makeSource('pdf-russian', RUSSIAN.text, { title: RUSSIAN.title, publisher: 'ТАСС', author: '', url: 'https://tass.ru/pdf-test', publishedDate: '2026-03-08', reliability: 'A' });
  const at = (source: Source, phrase: string): [number, number] => {
    const start = source.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    return [start, start + phrase.length];
  };
  const fields = { actor: 'Masoud Pezeshkian', credibility: 2 as const };
  const annotations = [
    passageOn(persian, 1, ...at(persian, PERSIAN.denial), fields, 'denial'),
    passageOn(persian, 2, ...at(persian, PERSIAN.claim), { actor: 'Baku' }, 'claim'),
    passageOn(russian, 3, ...at(russian, RUSSIAN.denial), fields, 'denial'),
    passageOn(russian, 4, ...at(russian, RUSSIAN.action), {}, 'action'),
  ];
  const title = 'Nakhchivan in Persian and Russian';
  await seedLibrary(page, { sources: [persian, russian], annotations, dossiers: [dossierOf(title, annotations)] }, 'scripts.dossier');
  const dossier = await openSeeded(page, title);

  for (const [pageSize, layout] of [['Letter', 'Detailed'], ['A4', 'Compact']] as const) {
    const dialog = await dossier.exportPdf(pageSize, layout);
    const pdf = await dossier.printToPdf(`scripts-${pageSize}-${layout}`);
    expect(pdf.pageSize).toMatch(pageSize === 'A4' ? /\(A4\)/ : /\(letter\)/);
    expectRunningHeadAndFoot(pdf, title);
    // Shaped text reads back as the letters typed (not presentation forms), word after word.
    for (const phrase of [PERSIAN.denial, PERSIAN.claim, RUSSIAN.denial, RUSSIAN.action]) expect(pdf.flat).toContain(phrase);
    expect(pdf.flat).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    // Each quote in its language's marks: Russian and Persian write « » (mirrored in right-to-left).
    expect(pdf.flat).toContain(`«${RUSSIAN.denial}»`);
    expect(pdf.flat).not.toContain(`“${RUSSIAN.denial}”`);
    // Both layouts number the contents with the pages the passages are printed on.
    const contents = contentsPages(pdf);
    expect(Array.from({ length: 4 }, (_, i) => contents.get(i + 1))).toEqual(passagePages(pdf, 4));
    expect(pdf.flat).toContain(PERSIAN.title);
    expect(pdf.flat).toContain(RUSSIAN.title);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('.print-document')).toHaveCount(0);
  }
});
