// Reading a dossier PDF's pagination back from pdftotext: the page each passage is printed on,
// and the page the contents say it is on.
import { flatten, type PdfText } from './DossierPage';

/** The page (from 1; 0 when missing) each "Passage n" heading is printed on. */
export function passagePages(pdf: PdfText, count: number): number[] {
  const flat = pdf.pages.map(flatten);
  return Array.from({ length: count }, (_, i) => {
    const heading = new RegExp(`\\bPassage ${i + 1}(?!\\d)`);
    return flat.findIndex((text) => heading.test(text)) + 1;
  });
}

/** The page number the contents give each passage: the number ending the entry's first line. */
export function contentsPages(pdf: PdfText): Map<number, number> {
  const pages = new Map<number, number>();
  for (const text of pdf.pages) {
    for (const match of text.matchAll(/^\s*(\d+)\. (?:Claim|Denial|Action): .*?\s(\d+)\s*$/gm)) pages.set(Number(match[1]), Number(match[2]));
  }
  return pages;
}
