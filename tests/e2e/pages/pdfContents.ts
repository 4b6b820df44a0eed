// Reading a dossier PDF's pagination back from pdftotext: the page each passage is printed on,
// and the page the contents say it is on.
import { flatten, type PdfText } from './DossierPage';

/** The page (from 1; 0 when missing) each "Passage n ·" heading is printed on. */
export function passagePages(pdf: PdfText, count: number): number[] {
  return Array.from({ length: count }, (_, i) => pdf.pages.findIndex((text) => flatten(text).includes(`Passage ${i + 1} ·`)) + 1);
}

/** The page number the contents give each passage: the number ending the entry's first line. */
export function contentsPages(pdf: PdfText): Map<number, number> {
  const pages = new Map<number, number>();
  for (const text of pdf.pages) {
    for (const match of text.matchAll(/^\s*(\d+)\. (?:Claim|Denial|Action): .*?\s(\d+)\s*$/gm)) pages.set(Number(match[1]), Number(match[2]));
  }
  return pages;
}
