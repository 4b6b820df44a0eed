// Normalising and the markup warning stay linear on the runs of blanks that made their old
// patterns quadratic (4.5 s and 9 s for 40,000 spaces). Speed itself is the benchmark's to prove.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../shared/text/normalise';

/** The least of three runs' milliseconds: the machine is shared, and the least is the least disturbed. */
function bestOf(run: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return Math.min(...times);
}

/** A plainly linear pass over the same text: split into lines, trim each, join, NFC. */
function linearPass(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .normalize('NFC');
}

describe('normaliseText on hostile blanks', () => {
  it('keeps its rules: trailing blanks per line, blank edges, CRLF, NFC', () => {
    expect(normaliseText('\uFEFF\n \n  a  \r\nb\u00A0\t\r\n\n\n')).toBe('  a\nb');
    expect(normaliseText('e\u0301')).toBe('\u00e9');
  });

  it('handles two million spaces inside a line, and two million line breaks', () => {
    expect(normaliseText(`a${' '.repeat(2_000_000)}b`)).toHaveLength(2_000_002);
    expect(normaliseText(`a${'\n'.repeat(2_000_000)}b`)).toHaveLength(2_000_002);
    expect(normaliseText(`${'\n'.repeat(2_000_000)}`)).toBe('');
  });

  // Against a linear pass on the same text in the same moment, not a clock bound: a busy machine
  // slows both alike. The quadratic patterns would take minutes here, thousands of times longer.
  it.each([' ', '\n', ' \n'])('takes about as long as one linear pass on two million of %j', (blank) => {
    const text = `a${blank.repeat(2_000_000)}b`;
    expect(bestOf(() => normaliseText(text)) / Math.max(bestOf(() => linearPass(text)), 1)).toBeLessThan(20);
  });
});
