// Reading order of two-column pages from plain text items (no pdf.js): the left column first in
// English, the right column first in Persian, and a full-width title read before both.
import { describe, expect, it } from 'vitest';
import { pageLines, readingOrder, type PdfPageItems, type PdfTextItem } from '../../../shared/import/pdfLayout';

/** One item per line of a column whose lines start at `x`, 14 units apart from `top` (y up). */
function columnItems(lines: readonly string[], x: number, top: number): PdfTextItem[] {
  return lines.map((str, i) => ({ str, x, y: top - i * 14, width: str.length * 5, height: 10 }));
}

function page(items: readonly PdfTextItem[]): PdfPageItems {
  return { width: 595, height: 842, items };
}

function read(items: readonly PdfTextItem[]): string[] {
  const p = page(items);
  return readingOrder(p, pageLines(p)).map((line) => line.text);
}

describe('two-column reading order', () => {
  it('reads the left column, then the right, in English', () => {
    const left = ['Left one', 'left two', 'left three', 'left four'];
    const right = ['Right one', 'right two', 'right three', 'right four'];
    expect(read([...columnItems(left, 50, 700), ...columnItems(right, 320, 700)])).toEqual([...left, ...right]);
  });

  it('reads the right column, then the left, in Persian; a full-width title first', () => {
    const right = ['وزیر امور خارجه', 'روز دوشنبه گفت', 'که مذاکرات', 'ادامه دارد'];
    const left = ['ستون دوم', 'پس از ستون اول', 'خوانده می‌شود', 'تا پایان'];
    const title = { str: 'گزارش رسمی گفت‌وگوی تلفنی دو رئیس‌جمهور در باره مرز', x: 60, y: 760, width: 470, height: 14 };
    expect(read([title, ...columnItems(right, 330, 700), ...columnItems(left, 50, 700)])).toEqual([title.str, ...right, ...left]);
  });
});
