// The Timeline view, built from the two samples tagged through the UI: events at day, month and
// year precision (and an approximate one) drawn as a point or a span, zoomed and panned with the
// wheel and the keys, chosen on the figure and added to a dossier; the timeline as a dossier
// section printed in the PDF (read back with pdftotext); and its CSV.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './pages/axeChecks';
import { DossierPage } from './pages/DossierPage';
import { FIRST, SECOND, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { TimelinePage } from './pages/ViewsPage';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

async function date(reader: ReaderPage, value: string, precision: 'day' | 'month' | 'year' | 'approximate'): Promise<void> {
  await reader.fill('Event date', value);
  await reader.field('Date precision').selectOption(precision);
  await reader.editor.getByRole('button', { name: '← All annotations' }).click();
}

test('events at three precisions are drawn as a point or a span, zoom and pan, and print as a dossier section', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const reader = new ReaderPage(workbench);
  const timeline = new TimelinePage(workbench);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(reader, FIRST.claim, 'c', 'Baku');
  await date(reader, '2026-03-05', 'day');
  await tagPhrase(reader, FIRST.denial, 'd', 'Iranian readout');
  await date(reader, '2026-03', 'month');
  await workbench.openArticle(SAMPLE_TITLES.airspace);
  await tagPhrase(reader, SECOND.claim, 'c', 'Iranian readout');
  await date(reader, '2025', 'year');
  await tagPhrase(reader, SECOND.denial, 'd', 'Aliyev');
  await date(reader, '2025-06-26', 'approximate');

  const view = await timeline.show();
  await expect(view.getByRole('status')).toHaveText('4 dated annotations');
  // The list says how each is drawn, in time order.
  await expect(timeline.events).toHaveCount(4);
  await expect(timeline.events.nth(0)).toContainText('2025 (year)');
  await expect(timeline.events.nth(0)).toContainText('(spans the year)');
  await expect(timeline.events.nth(1)).toContainText('(approximate, spans the day)');
  await expect(timeline.events.nth(2)).toContainText('March 2026 (month)');
  await expect(timeline.events.nth(2)).toContainText('(spans the month)');
  await expect(timeline.events.nth(3)).toContainText('5 March 2026 (day)');
  await expect(timeline.events.nth(3)).toContainText('(a point)');
  await expect(timeline.canvas).toHaveAttribute('data-drawn-events', '4');
  await expectAccessible(page, 'timeline view');

  // The figure draws a day as a dot and a month as a bar: sample the canvas where each sits.
  const shapes = await timeline.canvas.evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return null;
    const { width, height } = canvas;
    const image = context.getImageData(0, 0, width, height).data;
    // Coloured pixels by row: the denial lane (red) holds the month bar, the claim lane (yellow) a dot and the year bar.
    let red = 0;
    for (let i = 0; i < image.length; i += 4) if ((image[i] ?? 0) > 150 && (image[i + 1] ?? 0) < 90 && (image[i + 2] ?? 0) < 90) red += 1;
    return { red };
  });
  expect(shapes?.red ?? 0).toBeGreaterThan(50);

  // Zoom with the wheel and the keys, pan with the arrows: the list follows the window.
  const frame = async (): Promise<number> => Number(await timeline.canvas.getAttribute('data-frame'));
  const before = await frame();
  const box = await timeline.canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width - 40, box.y + 60);
  await page.mouse.wheel(0, -400);
  await expect.poll(frame).toBeGreaterThan(before);
  await timeline.canvas.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('+');
  await expect(timeline.events).not.toHaveCount(4);
  await page.keyboard.press('Home');
  await expect(timeline.events).toHaveCount(4);

  // Choose the day event in the list and add it to a new dossier.
  await timeline.events.nth(3).getByRole('checkbox').check();
  const chosen = view.getByRole('group', { name: 'Chosen events' });
  await chosen.getByRole('combobox', { name: 'Dossier to add to' }).selectOption({ label: 'New dossier…' });
  await chosen.getByRole('button', { name: 'Add to dossier' }).click();
  await dossier.fillNewDossier({ title: 'What happened when' });
  await expect(workbench.status).toHaveText(/^Added 1 passage to/);

  // The timeline as a section of that dossier, printed.
  await view.getByRole('group', { name: 'Add view to dossier' }).getByRole('button', { name: 'Add view to dossier' }).click();
  await expect(workbench.status).toHaveText(/^Added the timeline to/);
  const csv = await timeline.exportCsv();
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Event date,Date,Precision,From,To,Kind,Actor,Target,Passage,Article,Annotation id');
  expect(lines.slice(1, 5).map((line) => line.split(',').slice(0, 5).join(','))).toEqual([
    '2025,2025 (year),year,2025-01-01,2025-12-31',
    '2025-06-26,26 June 2025 (approximate),approximate,2025-06-26,2025-06-26',
    '2026-03,March 2026 (month),month,2026-03-01,2026-03-31',
    '2026-03-05,5 March 2026 (day),day,2026-03-05,2026-03-05',
  ]);

  await dossier.open('What happened when');
  await expect(dossier.item(/^View section: Timeline: all dated annotations/)).toBeVisible();
  await dossier.exportPdf('A4', 'Detailed');
  const pdf = await dossier.printToPdf('timeline-section');
  expect(pdf.flat).toContain('Timeline: all dated annotations');
  expect(pdf.flat).toContain('4 dated annotations (all dated annotations)');
  // The table's narrow date column may wrap "(approximate)" onto a line of its own.
  for (const when of ['2025 (year)', '26 June 2025', '(approximate)', 'March 2026 (month)', '5 March 2026 (day)']) expect(pdf.flat).toContain(when);
  expect(pdf.flat).toContain('Aliyev denied these claims');
});
