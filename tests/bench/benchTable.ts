// The README's performance table, written from one full run's results.json and the issue targets,
// so the README cannot drift from the committed figures (tests/unit/docs/readmeBench.test.ts checks it).
import type { BenchFigure } from './support/results';
import { TARGETS, describeTarget, meetsTarget } from './targets';

export interface BenchDocument {
  readonly machine: string;
  readonly date: string;
  readonly command: string;
  readonly load: string;
  readonly results: Readonly<Record<string, Omit<BenchFigure, 'name'>>>;
}

export const TABLE_START = '<!-- bench-table:start (written by the bench reporter from tests/bench/results.json) -->';
export const TABLE_END = '<!-- bench-table:end -->';

function formatValue(value: number, unit: BenchFigure['unit']): string {
  const digits = unit === 'ratio' ? 2 : Math.abs(value) >= 100 ? 0 : 1;
  const text = value.toLocaleString('en', { maximumFractionDigits: digits });
  return unit === 'ratio' ? `${text}×` : unit === '%' ? `${text} %` : `${text} ${unit}`;
}

/** True when every figure the issues set a target for was measured: only such a run goes in the README. */
export function isFullRun(document: BenchDocument): boolean {
  return TARGETS.every((target) => typeof document.results[target.name]?.value === 'number');
}

/** The table, its heading line and the markers around it, as the README holds them. */
export function renderBenchTable(document: BenchDocument): string {
  const day = document.date.slice(0, 10);
  const lines = [
    TABLE_START,
    `One full run, \`${document.command}\`, on ${day} (\`tests/bench/results.json\`): ${document.machine}; ${document.load}.`,
    '',
    '| figure | what is measured | value | target | |',
    '|---|---|---|---|---|',
  ];
  for (const target of TARGETS) {
    const figure = document.results[target.name];
    const value = figure?.value;
    const shown = typeof value === 'number' ? formatValue(value, target.unit) : 'not measured';
    const verdict =
      typeof value !== 'number' || (target.below === undefined && !target.relativeTo)
        ? ''
        : meetsTarget(target, value, document.results)
          ? 'met'
          : '**missed**';
    lines.push(`| \`${target.name}\` | ${target.label} | ${shown} | ${describeTarget(target)} | ${verdict} |`);
  }
  lines.push(TABLE_END);
  return lines.join('\n');
}

/** The README with its table replaced; the README unchanged when it has no markers. */
export function withBenchTable(readme: string, document: BenchDocument): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start)}${renderBenchTable(document)}${readme.slice(end + TABLE_END.length)}`;
}
