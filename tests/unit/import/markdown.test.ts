// Markdown import through markdown-it: the text an analyst reads, and linear time on the lines
// that made the old regular expressions quadratic.
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../shared/import/markdown';

function timeOf(text: string): number {
  const started = performance.now();
  markdownToText(text);
  return performance.now() - started;
}

/** The least of a few runs: the machine is shared, and the least is the least disturbed. */
function bestOf(runs: number, text: string): number {
  return Math.min(...Array.from({ length: runs }, () => timeOf(text)));
}

describe('markdownToText', () => {
  it('drops HTML, keeps entities decoded, quotes and nested lists as text', () => {
    const markdown = '# A &amp; B\n\n<div onclick="x()">block html</div>\n\n> quoted *line*\n\n1. one\n   - inner <b>bold</b>\n2. two\n\n![alt words](x.png) after';
    expect(markdownToText(markdown)).toEqual({ title: 'A & B', text: 'A & B\n\nquoted line\n\n1. one\ninner bold\n2. two\n\nalt words after' });
  });

  it('a heading later in the file is the title when none comes first', () => {
    expect(markdownToText('Intro line.\n\n## Later heading\n\nBody.').title).toBe('Later heading');
  });

  it('converts a long line of "*a " in linear time (the old patterns took 7.7 s for 120 KB)', () => {
    const unit = '*a ';
    const tenth = unit.repeat(10_000);
    const whole = unit.repeat(100_000);
    timeOf(tenth.slice(0, 3000));
    const small = bestOf(5, tenth);
    const large = bestOf(5, whole);
    // Quadratic time would make ten times the text take a hundred times as long; linear, ten
    // (the bound leaves room for a busy machine, which slows both alike).
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });

  // 300 KB each, to keep `npm test` short; the benchmark times the 1 MB line (markdown_1mb_line_ms).
  it.each(['_a ', '**a', '[a](', '`a ', '<a ', '*a* ', '> '])('stays fast on a 300 KB line of %j', (unit) => {
    // The old patterns would take about 50 s here; the bound leaves room for a busy machine.
    expect(timeOf(unit.repeat(Math.ceil(300_000 / unit.length)))).toBeLessThan(10_000);
  });
});
