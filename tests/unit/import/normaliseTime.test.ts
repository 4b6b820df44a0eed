// Normalising and the markup warning stay linear on the runs of blanks that made their old
// patterns quadratic (4.5 s and 9 s for 40,000 spaces).
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../shared/text/normalise';

describe('normaliseText on hostile blanks', () => {
  it('keeps its rules: trailing blanks per line, blank edges, CRLF, NFC', () => {
    expect(normaliseText('\uFEFF\n \n  a  \r\nb\u00A0\t\r\n\n\n')).toBe('  a\nb');
    expect(normaliseText('e\u0301')).toBe('\u00e9');
  });

  it('handles two million spaces inside a line, and two million line breaks, in linear time', () => {
    const started = performance.now();
    expect(normaliseText(`a${' '.repeat(2_000_000)}b`)).toHaveLength(2_000_002);
    expect(normaliseText(`a${'\n'.repeat(2_000_000)}b`)).toHaveLength(2_000_002);
    expect(normaliseText(`${'\n'.repeat(2_000_000)}`)).toBe('');
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
