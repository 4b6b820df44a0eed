// Real PDFs for the tests, written with pdf-lib: placed lines of text on A4 pages, a page with
// only an image (a scan), Chinese text in a font the file does not embed (read through one of
// Adobe's predefined CMaps), and a password-protected copy made with qpdf.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beginText, endText, moveText, PDFDocument, PDFHexString, PDFName, PDFString, setFontAndSize, showText, StandardFonts } from 'pdf-lib';

export interface PlacedLine {
  readonly text: string;
  readonly x: number;
  /** From the top of the page, as one reads. */
  readonly top: number;
  readonly size?: number;
}

export const A4 = { width: 595, height: 842 } as const;

export async function makePdf(pages: readonly (readonly PlacedLine[])[], info: { title?: string; author?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([A4.width, A4.height]);
    for (const line of lines) page.drawText(line.text, { x: line.x, y: A4.height - line.top, size: line.size ?? 11, font });
  }
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  return pdf.save();
}

/** Lines of one column from `top`, 14 pt apart, a blank line's space between paragraphs. */
export function column(paragraphs: readonly (readonly string[])[], x: number, top: number): PlacedLine[] {
  const lines: PlacedLine[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    for (const text of paragraph) {
      lines.push({ text, x, top: y });
      y += 14;
    }
    y += 14;
  }
  return lines;
}

/** A page that is a picture of text: a 1×1 PNG stretched over it, no text operators. */
export async function makeScanPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const png = await pdf.embedPng(
    Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0)),
  );
  const page = pdf.addPage([A4.width, A4.height]);
  page.drawImage(png, { x: 0, y: 0, width: A4.width, height: A4.height });
  return pdf.save();
}

/**
 * Lines of Chinese in Adobe's STSong-Light, not embedded, encoded UniGB-UCS2-H: as Chinese
 * government PDFs often are. A reader needs the predefined CMaps to get any text out of it.
 */
export async function makeChinesePdf(lines: readonly string[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const { context } = pdf;
  const descriptor = context.register(
    context.obj({ Type: 'FontDescriptor', FontName: 'STSong-Light', Flags: 6, FontBBox: [-25, -254, 1000, 880], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 880, StemV: 93 }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'STSong-Light',
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
      FontDescriptor: descriptor,
      DW: 1000,
    }),
  );
  const font = context.register(context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light-UniGB-UCS2-H', Encoding: 'UniGB-UCS2-H', DescendantFonts: [cidFont] }));
  const page = pdf.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  lines.forEach((line, index) => {
    const ucs2 = [...line].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
    page.pushOperators(beginText(), setFontAndSize('F1', 14), moveText(72, A4.height - 80 - index * 22), showText(PDFHexString.of(ucs2)), endText());
  });
  pdf.setTitle(title);
  return pdf.save();
}

/** The same PDF behind a user password (qpdf, from Debian: see .ci/install-test-deps.sh). */
export function encryptWithQpdf(bytes: Uint8Array): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'dw-pdf-'));
  const plain = join(folder, 'plain.pdf');
  const locked = join(folder, 'locked.pdf');
  writeFileSync(plain, bytes);
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]);
  return new Uint8Array(readFileSync(locked));
}
