// The @page rules of the print view: paper size, margins, and the running header and footer drawn
// in CSS page-margin boxes (title, handling line, "Page n of N"). The title and handling line are
// the analyst's text, so they enter the stylesheet only as escaped CSS strings. The same paper and
// margins give the content box the measuring pass lays the document out on (see measurePages).
import type { PageSize } from '../../../../shared/bridge/hostBridge';

const CSS_PAGE_SIZES: Readonly<Record<PageSize, string>> = { A4: 'A4', Letter: 'letter' };
/** Paper in millimetres, as CSS `size: A4` and `size: letter` define it. */
const PAPER_MM: Readonly<Record<PageSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};
const MARGIN_MM = { top: 20, right: 18, bottom: 20, left: 18 } as const;

/** The part of a page the document flows in: the paper less its margins, in millimetres. */
export function contentBoxMm(pageSize: PageSize): { readonly width: number; readonly height: number } {
  const paper = PAPER_MM[pageSize];
  // Rounded to hundredths: 215.9 − 36 is 179.90000000000001 in floating point.
  const mm = (value: number): number => Math.round(value * 100) / 100;
  return { width: mm(paper.width - MARGIN_MM.left - MARGIN_MM.right), height: mm(paper.height - MARGIN_MM.top - MARGIN_MM.bottom) };
}
/** Longer titles would run into the handling line in the header. */
const HEADER_TITLE_MAX = 70;

/**
 * A CSS string literal holding `value` exactly: backslashes and quotes escaped, and control
 * characters (newlines included) written as hex escapes, so no text can end the string early.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}

/** One line for a running header: whitespace collapsed, long text shortened. */
export function headerText(value: string, max = HEADER_TITLE_MAX): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export interface PageStyleOptions {
  readonly pageSize: PageSize;
  readonly title: string;
  readonly handling: string;
}

export function pageStyleSheet({ pageSize, title, handling }: PageStyleOptions): string {
  const box = 'font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #333;';
  const handlingLine = headerText(handling, 90);
  const handlingBox = handlingLine ? `content: ${cssString(handlingLine)}; font-weight: 700;` : 'content: none;';
  const content = contentBoxMm(pageSize);
  return [
    '@page {',
    `  size: ${CSS_PAGE_SIZES[pageSize]};`,
    `  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm;`,
    `  @top-left { content: ${cssString(headerText(title))}; ${box} }`,
    `  @top-right { ${handlingBox} ${box} }`,
    `  @bottom-left { ${handlingBox} ${box} }`,
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }`,
    '}',
    // The title page carries the title in large type already.
    '@page :first { @top-left { content: none; } }',
    `.print-document { --print-content-width: ${content.width}mm; --print-content-height: ${content.height}mm; }`,
  ].join('\n');
}
