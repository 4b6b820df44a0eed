// The README's performance table is the committed full run's, row for row: a new results.json
// without its table, or a hand-edited figure, fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_END, TABLE_START, isFullRun, renderBenchTable, type BenchDocument } from '../../bench/benchTable';

function read(path: string): string {
  return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}

describe('the README performance table', () => {
  it('is written from tests/bench/results.json', () => {
    const readme = read('README.md');
    const document = JSON.parse(read('tests/bench/results.json')) as BenchDocument;
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start, 'README has the bench-table markers').toBeGreaterThan(0);
    expect(readme.slice(start, end + TABLE_END.length)).toBe(renderBenchTable(document));
  });

  it('comes from a full run: every target has a figure', () => {
    expect(isFullRun(JSON.parse(read('tests/bench/results.json')) as BenchDocument)).toBe(true);
  });
});
