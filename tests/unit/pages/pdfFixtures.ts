// Real PDFs for the tests, written with pdf-lib: placed lines of text on A4 pages, a page with
// only an image (a scan), and a password-protected copy made with qpdf.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

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

/** The same PDF behind a user password (qpdf, from Debian: see .ci/install-test-deps.sh). */
export function encryptWithQpdf(bytes: Uint8Array): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'dw-pdf-'));
  const plain = join(folder, 'plain.pdf');
  const locked = join(folder, 'locked.pdf');
  writeFileSync(plain, bytes);
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]);
  return new Uint8Array(readFileSync(locked));
}
