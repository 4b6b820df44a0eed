// Collects the figures the benchmark tests record, prints them as a table against the issue's
// targets and writes tests/bench/results.json.
import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { isFullRun, withBenchTable, type BenchDocument } from './benchTable';
import { FIGURE_ANNOTATION, META_ANNOTATION, type BenchFigure } from './support/results';
import { TARGETS, describeTarget, meetsTarget } from './targets';

interface Options {
  readonly output: string;
  /** The README whose performance table a full run rewrites. */
  readonly readme: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) return `${pretty[1]} (Linux ${release()})`;
  } catch {
    // Not Linux: fall through to the kernel release alone.
  }
  return `${process.platform} ${release()}`;
}

export default class ResultsReporter implements Reporter {
  private readonly figures = new Map<string, BenchFigure>();
  private readonly meta: Record<string, string> = {};
  private readonly failures: string[] = [];
  private testsEnded = 0;

  /** Load average when the run began: the figures are only as quiet as the machine was. */
  private readonly loadAtStart = loadavg()[0] ?? 0;

  constructor(private readonly options: Options) {}

  onTestEnd(test: TestCase, result: TestResult): void {
    this.testsEnded += 1;
    for (const annotation of [...test.annotations, ...result.annotations]) {
      if (!annotation.description) continue;
      if (annotation.type === FIGURE_ANNOTATION) {
        const figure = JSON.parse(annotation.description) as BenchFigure;
        this.figures.set(figure.name, figure);
      } else if (annotation.type === META_ANNOTATION) {
        Object.assign(this.meta, JSON.parse(annotation.description) as Record<string, string>);
      }
    }
    const status = result.status === 'passed' ? 'done' : result.status;
    console.log(`  ${status.padEnd(8)} ${test.title} (${(result.duration / 1000).toFixed(1)} s)`);
    if (result.status !== 'passed' && result.status !== 'skipped') {
      this.failures.push(test.title);
      for (const error of result.errors) console.log(`    ${(error.message ?? '').split('\n').slice(0, 6).join('\n    ')}`);
    }
  }

  onStdOut(chunk: string | Buffer): void {
    process.stdout.write(chunk);
  }

  onError(error: TestError): void {
    console.log(`  error    ${(error.message ?? String(error.value)).split('\n').slice(0, 6).join('\n    ')}`);
  }

  onEnd(result: FullResult): void {
    // `--list`, or a filter that matched nothing, runs no test: the committed results stay as they are.
    if (this.testsEnded === 0) {
      console.log(`\nNo benchmark ran; ${this.options.output} is left as it was.`);
      return;
    }
    const cpu = cpus();
    const machine = [
      `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores`,
      `${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
      osName(),
      this.meta.browser ?? 'Chromium',
      `Node ${process.versions.node}`,
    ].join('; ');
    const results: Record<string, Omit<BenchFigure, 'name'>> = {};
    for (const name of [...TARGETS.map((t) => t.name), ...this.figures.keys()]) {
      if (results[name]) continue;
      const figure = this.figures.get(name);
      const { name: _name, ...rest } = figure ?? { name, value: null, unit: TARGETS.find((t) => t.name === name)?.unit ?? 'ms', note: 'not measured in this run' };
      results[name] = rest;
    }
    const load = `1-minute load average ${this.loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end`;
    const document: BenchDocument = { machine, date: new Date().toISOString(), command: 'npm run bench', load, results };
    writeFileSync(this.options.output, `${JSON.stringify(document, null, 2)}\n`);
    const tableNote = this.writeReadmeTable(document, result);

    const rows = Object.entries(results).map(([name, figure]) => {
      const target = TARGETS.find((t) => t.name === name);
      const value = figure.value === null ? 'pending' : `${figure.value} ${figure.unit}`;
      const verdict = !target || figure.value === null || (target.below === undefined && !target.relativeTo) ? '' : meetsTarget(target, figure.value, results) ? 'met' : 'MISSED';
      return [name, value, target ? describeTarget(target) : '', verdict];
    });
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0), 6));
    console.log(`\n${machine}\n${load}\n`);
    for (const row of [['figure', 'value', 'target', ''], ...rows]) {
      console.log(row.map((cell, column) => (cell ?? '').padEnd(widths[column] ?? 0)).join('  ').trimEnd());
    }
    console.log(`\nWrote ${this.options.output}${result.status === 'passed' ? '' : ` (run ${result.status}: ${this.failures.join(', ') || 'see above'})`}`);
    console.log(tableNote);
  }

  /** Only a passing run that measured every target goes in the README; a partial run says so. */
  private writeReadmeTable(document: BenchDocument, result: FullResult): string {
    if (result.status !== 'passed' || !isFullRun(document)) {
      return `${this.options.readme}'s table is left as it was (not a full passing run).`;
    }
    const readme = readFileSync(this.options.readme, 'utf8');
    const updated = withBenchTable(readme, document);
    if (updated === readme) return `${this.options.readme} has no bench-table markers or is already in step.`;
    writeFileSync(this.options.readme, updated);
    return `Wrote the performance table in ${this.options.readme}.`;
  }

  printsToStdio(): boolean {
    return true;
  }
}
