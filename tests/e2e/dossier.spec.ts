// The dossier end to end: compose one from both sample articles with two narrative sections,
// reorder by keyboard and by drag and drop, export the PDF on A4 and Letter and read it back
// with pdftotext, export the shared file and read it back with the shared parser.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseExchangeText } from '../../shared/exchange';
import { DossierPage, flatten, type PdfText } from './pages/DossierPage';
import { expectAccessible } from './pages/axeChecks';
import { FIRST, SECOND, setCitation, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { exportDossierAsStix } from './pages/stixExport';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const TITLE = 'Baku and Tehran: "de-escalation" \\ after Nakhchivan';
const HANDLING = 'Internal — do not forward';
const QUOTES = [FIRST.claim, FIRST.denial, FIRST.action, SECOND.claim, SECOND.denial];

/** Tags three passages in the first sample and two in the second, with facts and a link. */
async function annotateBothSamples(page: Page): Promise<{ workbench: WorkbenchPage; reader: ReaderPage; dossier: DossierPage; titles: readonly [string, string] }> {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();

  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  const firstTitle = await setCitation(workbench, SAMPLE_TITLES.nakhchivan, FIRST);
  await tagPhrase(reader, FIRST.claim, 'c', 'Azerbaijan');
  await reader.fill('Target', 'Iran');
  await reader.fill('Event date', '2026-03-05');
  await reader.field('Credibility').selectOption('3');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.denial, 'd', 'Masoud Pezeshkian');
  await reader.fill('Event date', '2026-03-08');
  await reader.field('Link type').selectOption('denies');
  await reader.chooseLinkTarget(FIRST.claim);
  await reader.editor.getByRole('button', { name: 'Add link' }).click();
  await expect(reader.editor.getByRole('list', { name: 'Links' })).toContainText(`denies Claim: “${FIRST.claim}”`);
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, FIRST.action, 'a', 'Azerbaijan');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  await workbench.openArticle(SAMPLE_TITLES.airspace);
  const secondTitle = await setCitation(workbench, SAMPLE_TITLES.airspace, SECOND);
  await tagPhrase(reader, SECOND.claim, 'c', 'Masoud Pezeshkian');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await tagPhrase(reader, SECOND.denial, 'd', 'Ilham Aliyev');
  await reader.fill('Event date', '2025-06-26');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
  return { workbench, reader, dossier, titles: [firstTitle, secondTitle] };
}

/** The PDF's text in the order it reads, to check that one phrase comes before another. */
function order(flat: string, phrases: readonly string[]): number[] {
  return phrases.map((phrase) => flat.indexOf(flatten(phrase)));
}

test('compose a dossier from both samples, reorder it, export PDF (A4, Letter) and a shared file', async ({ page }) => {
  // The longest flow of the suite (about 45 s alone); a budget, not a wait, for a heavily loaded 2-core machine.
  test.setTimeout(300_000);
  const { workbench, reader, dossier, titles } = await annotateBothSamples(page);

  // From the annotation editor, into a new dossier.
  await reader.listItem(new RegExp(SECOND.denial)).click();
  await dossier.addControl(reader.editor).getByRole('button', { name: 'Add to dossier' }).click();
  await dossier.fillNewDossier({ title: TITLE, subtitle: 'What the two calls said', author: 'A. Analyst', handling: HANDLING, summary: 'Both sides deny.' });
  await expect(workbench.status).toHaveText(`Added 1 passage to “${TITLE}”.`);
  await expect(dossier.addControl(reader.editor)).toContainText('In this dossier');
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();

  // From the annotation list: everything shown, the one already there skipped.
  await workbench.details.getByRole('group', { name: 'Add shown annotations to dossier' }).getByRole('button', { name: 'Add all 2 shown' }).click();
  await expect(workbench.status).toHaveText(`Added 1 passage to “${TITLE}” (1 already there).`);

  // From the library: all of the first article's annotations.
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await workbench.articles.getByRole('group', { name: 'Add this article’s annotations to dossier' }).getByRole('button', { name: 'Add its 3 annotations' }).click();
  await expect(workbench.status).toHaveText(`Added 3 passages to “${TITLE}”.`);

  await dossier.open(TITLE);
  await expect(dossier.items).toHaveCount(5);
  expect(await dossier.itemNames()).toEqual([
    `Passage 1: Denial “${SECOND.denial}”`,
    expect.stringMatching(/^Passage 2: Claim “Israeli drones/),
    // The library adds an article's annotations in text order: the denial comes first there.
    expect.stringMatching(/^Passage 3: Denial “officially denied/),
    `Passage 4: Claim “${FIRST.claim}”`,
    `Passage 5: Action “${FIRST.action}”`,
  ]);
  await expect(dossier.item(/^Passage 3/).getByRole('list', { name: 'Links of passage 3' })).toHaveText('denies passage 4');
  await expect(dossier.item(/^Passage 4/).getByRole('list', { name: 'Links of passage 4' })).toHaveText('denied by passage 3');

  // Two narrative sections, written in the rich-text editor.
  const first = await dossier.addNarrative();
  const editor1 = first.getByRole('textbox', { name: 'Narrative section 1' });
  await editor1.click();
  await first.getByRole('button', { name: 'Heading', exact: true }).click();
  await page.keyboard.type('Background to the calls');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tensions rose after the ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('5 March');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' strikes.');
  await expect(editor1.getByRole('heading', { name: 'Background to the calls' })).toBeVisible();
  await expect(editor1.locator('.note-bold')).toHaveText('5 March');

  const second = await dossier.addNarrative();
  const editor2 = second.getByRole('textbox', { name: 'Narrative section 2' });
  await editor2.click();
  await second.getByRole('button', { name: 'Subheading' }).click();
  await page.keyboard.type('Assessment');
  await page.keyboard.press('Enter');
  await second.getByRole('button', { name: 'Quote' }).click();
  await page.keyboard.type('Both capitals want calm.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('See the OC Media report.');
  await page.keyboard.press('Shift+Home');
  await second.getByRole('button', { name: 'Link' }).click();
  await second.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)');
  await second.getByRole('button', { name: 'Apply link' }).click();
  await expect(second.getByRole('alert')).toContainText('https://');
  await second.getByRole('textbox', { name: 'Link address' }).fill(FIRST.url);
  await second.getByRole('button', { name: 'Apply link' }).click();
  await expect(editor2.getByRole('link', { name: 'See the OC Media report.' })).toHaveAttribute('href', FIRST.url);
  await expect(editor2.getByRole('blockquote')).toHaveText('Both capitals want calm.');
  await dossier.item(/^Passage 1/).getByRole('textbox', { name: 'Commentary on passage 1' }).fill('The clearest denial on record.');
  await dossier.item(/^Passage 1/).getByRole('textbox', { name: 'Commentary on passage 1' }).press('Tab');

  // Keyboard: the first section to the top.
  const section1 = dossier.item(/^Narrative section 1/);
  await section1.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Alt+ArrowUp');
  await expect(dossier.items.first()).toHaveAccessibleName('Narrative section 1: Background to the calls');
  await expect(section1).toBeFocused();
  // Drag and drop: the second section just before passage 4 (both on screen).
  await dossier.item(/^Passage 4/).evaluate((item) => item.scrollIntoView({ block: 'start' }));
  await dossier.item(/^Narrative section 2/).locator('.drag-handle').dragTo(dossier.item(/^Passage 4/), { targetPosition: { x: 40, y: 4 } });
  await expect(dossier.items.nth(4)).toHaveAccessibleName('Narrative section 2: Assessment');
  // The Up button: one place further, before passage 3; focus stays on the button.
  await dossier.item(/^Narrative section 2/).getByRole('button', { name: /^Move up/ }).click();
  await expect(dossier.item(/^Narrative section 2/).getByRole('button', { name: /^Move up/ })).toBeFocused();
  await expect.poll(() => dossier.itemNames()).toEqual([
    'Narrative section 1: Background to the calls',
    expect.stringMatching(/^Passage 1: Denial/),
    expect.stringMatching(/^Passage 2: Claim/),
    'Narrative section 2: Assessment',
    expect.stringMatching(/^Passage 3: Denial/),
    expect.stringMatching(/^Passage 4: Claim/),
    expect.stringMatching(/^Passage 5: Action/),
  ]);
  // Undo steps back through the moves; redo makes them again.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(workbench.status).toHaveText('Undid: Move narrative section up.');
  await expect(dossier.items.nth(4)).toHaveAccessibleName('Narrative section 2: Assessment');
  await page.keyboard.press('Control+z');
  await expect(dossier.items.last()).toHaveAccessibleName('Narrative section 2: Assessment');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(dossier.items.nth(3)).toHaveAccessibleName('Narrative section 2: Assessment');

  await expectAccessible(page, 'composer');

  // PDF on A4.
  const dialog = await dossier.exportPdf('A4');
  const a4 = await dossier.printToPdf('dossier-a4');
  expect(a4.pageSize).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
  expect(a4.flat).toContain(flatten(TITLE));
  expect(a4.flat).toContain('What the two calls said');
  expect(a4.flat).toContain('A. Analyst');
  for (const quote of QUOTES) expect(a4.flat).toContain(`“${quote}”`);
  // Citations: source title, publisher, date (the second sample has none), address.
  expect(a4.flat).toContain(`Source: “${titles[0]}”, OC Media, 9 March 2026. ${FIRST.url}`);
  expect(a4.flat).toContain(`Source: “${titles[1]}”, Caliber, undated. ${SECOND.url}`);
  expect(a4.flat).toContain('denies passage 4');
  expect(a4.flat).toContain('denied by passage 3');
  expect(a4.flat).toContain('Credibility 3: Possibly true');
  expect(a4.flat).toContain('Source reliability');
  expect(a4.flat).toContain('The clearest denial on record.');
  expect(a4.flat).toContain('Tensions rose after the 5 March strikes.');
  expect(a4.flat).toContain('Both capitals want calm. See the OC Media report.');
  expect(a4.flat).toMatch(/Kinds of passage Claim .* Denial .* Action/);
  // Composed order: section 1, passages 1–2, section 2, passages 3–5.
  const body = flatten(a4.pages.slice(2).join(' '));
  const positions = order(body, [
    'Background to the calls',
    `“${SECOND.denial}”`,
    `“${SECOND.claim}”`,
    'Assessment',
    `“${FIRST.denial}”`,
    `“${FIRST.claim}”`,
    `“${FIRST.action}”`,
  ]);
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  // No passage is split: each one's heading, quote and citation share a page.
  const passageQuotes = [SECOND.denial, SECOND.claim, FIRST.denial, FIRST.claim, FIRST.action];
  passageQuotes.forEach((quote, index) => {
    const page = a4.pages.map(flatten).find((text) => text.includes(`Passage ${index + 1} ·`)) ?? '';
    const after = page.slice(page.indexOf(`Passage ${index + 1} ·`));
    expect(after).toMatch(new RegExp(`^Passage ${index + 1} · .*“${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”.*Source: “`));
  });
  // Every page has the running header and footer: handling line and "Page n of N".
  expect(a4.pages).toHaveLength(a4.pageCount);
  a4.pages.forEach((text, index) => {
    expect(flatten(text)).toContain(`Page ${index + 1} of ${a4.pageCount}`);
    expect(flatten(text)).toContain(HANDLING);
    if (index > 0) expect(flatten(text)).toContain(flatten(TITLE));
  });
  // Nothing of the app around it is printed.
  expect(a4.flat).not.toContain('Import files');
  expect(a4.flat).not.toContain('Export progress');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.print-document')).toHaveCount(0);

  // PDF on Letter: same content on a shorter, wider page.
  await dossier.exportPdf('Letter');
  const letter = await dossier.printToPdf('dossier-letter');
  expect(letter.pageSize).toMatch(/^612 x 792 pts \(letter\)/);
  for (const quote of QUOTES) expect(letter.flat).toContain(`“${quote}”`);
  expect(flatten(letter.pages.at(-1) ?? '')).toContain(`Page ${letter.pageCount} of ${letter.pageCount}`);
  // The title page and the contents each end in a forced break, so the body starts on page 3.
  // A4 holds section 1, passages 1–2, section 2 and passage 3 there; Letter, 18 mm shorter, has no
  // room left for passage 3, which moves whole (never split) to page 4: four pages on both.
  const passagesByPage = (pdf: PdfText): number[][] => pdf.pages.map((text) => [...text.matchAll(/Passage (\d) ·/g)].map((m) => Number(m[1])));
  expect([a4.pageCount, letter.pageCount]).toEqual([4, 4]);
  expect(passagesByPage(a4)).toEqual([[], [], [1, 2, 3], [4, 5]]);
  expect(passagesByPage(letter)).toEqual([[], [], [1, 2], [3, 4, 5]]);
  await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Close' }).click();

  // The shared file: what the parser reads back is the dossier as composed. It is signed, so the
  // analyst gives the name the toolbar asks for.
  const namePrompt = page.getByRole('form', { name: 'Your name' });
  await namePrompt.getByRole('textbox').fill('A. Analyst');
  await namePrompt.getByRole('button', { name: 'Save name' }).click();
  await expect(namePrompt).toHaveCount(0);
  const download = page.waitForEvent('download');
  await dossier.composer.getByRole('button', { name: 'Export shared file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Baku and Tehran de-escalation after Nakhchivan.dossier');
  const parsed = await parseExchangeText(readFileSync(await file.path(), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const [shared] = parsed.content.dossiers;
  expect(shared).toMatchObject({ title: TITLE, subtitle: 'What the two calls said', author: 'A. Analyst', handling: HANDLING, summary: 'Both sides deny.' });
  expect(shared?.items.map((i) => i.type)).toEqual(['narrative', 'passage', 'passage', 'narrative', 'passage', 'passage', 'passage']);
  const quoteOf = new Map(parsed.content.annotations.map((a) => [a.id, a.quote.exact]));
  expect(shared?.items.flatMap((i) => (i.type === 'passage' ? [quoteOf.get(i.annotationId)] : []))).toEqual([
    SECOND.denial,
    SECOND.claim,
    FIRST.denial,
    FIRST.claim,
    FIRST.action,
  ]);
  expect(shared?.items.find((i) => i.type === 'narrative')).toMatchObject({ contentText: expect.stringContaining('Background to the calls') });
  expect(parsed.content.sources.map((s) => s.url).sort()).toEqual([SECOND.url, FIRST.url]);
  expect(parsed.content.links).toHaveLength(1);
  expect(parsed.content.scope).toEqual({ kind: 'dossier', label: TITLE });

  // The same dossier as a STIX 2.1 bundle: valid, its report listing the passages in order.
  const bundle = await exportDossierAsStix(page, TITLE);
  const abstracts = new Map(bundle.objects.filter((o) => o.type === 'note').map((o) => [o.id, o.abstract]));
  const report = bundle.objects.find((o) => o.type === 'report' && o.name === TITLE);
  expect(report?.object_refs?.map((ref) => abstracts.get(ref)).filter((a) => !a?.startsWith('Narrative section'))).toEqual(shared?.items.flatMap((i) => (i.type === 'passage' ? [quoteOf.get(i.annotationId)] : [])));
});
