// `npm test`: every suite in turn (typecheck, lint, unit, end-to-end, Electron), then one closing
// line that counts them all: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function record(suite, counts, exitCode) {
  // A runner that crashed before reporting counts as one failure, never as a silent pass.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`${suite.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

const typecheck = run('npm', ['run', '-s', 'typecheck']);
record('typecheck', { passed: typecheck === 0 ? 1 : 0, failed: typecheck === 0 ? 0 : 1, skipped: 0 }, typecheck);

// Lint counts files: a file with no finding passes; each finding is printed with its rule.
const eslintFile = `${RESULTS}/eslint.json`;
rmSync(eslintFile, { force: true });
const lint = run('npx', ['eslint', '.', '--format', 'json', '--output-file', eslintFile]);
const linted = readJson(eslintFile) ?? [];
for (const file of linted) {
  for (const message of file.messages) {
    console.log(`${file.filePath}:${message.line}:${message.column}  ${message.message}  ${message.ruleId ?? ''}`);
  }
}
const dirty = linted.filter((file) => file.messages.length > 0).length;
record('lint', { passed: linted.length - dirty, failed: dirty, skipped: 0 }, lint);

const vitestFile = `${RESULTS}/vitest.json`;
rmSync(vitestFile, { force: true });
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestFile}`]);
const vitest = readJson(vitestFile);
record(
  'unit',
  {
    passed: vitest?.numPassedTests ?? 0,
    failed: vitest?.numFailedTests ?? 0,
    skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0),
  },
  unit,
);

/** Every distinct reason Playwright recorded for a skipped test, so a skip never goes unexplained. */
function skipReasons(report) {
  const reasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const testCase of spec.tests ?? []) {
        for (const annotation of testCase.annotations ?? []) {
          if (annotation.type === 'skip' && annotation.description) reasons.add(annotation.description);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report?.suites ?? []) visit(suite);
  return [...reasons];
}

function playwrightSuite(suite, config) {
  const file = resolve(`${RESULTS}/${suite}.json`);
  rmSync(file, { force: true });
  const code = run('npx', ['playwright', 'test', '--config', config], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file);
  for (const reason of skipReasons(report)) console.log(`${suite}: skipped: ${reason}`);
  const stats = report?.stats;
  record(suite, { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0, skipped: stats?.skipped ?? 0 }, code);
}

playwrightSuite('e2e', 'tests/playwright.config.ts');
if (existsSync('tests/electron/playwright.config.ts')) {
  const build = run('npm', ['run', '-s', 'build']);
  if (build === 0) playwrightSuite('electron', 'tests/electron/playwright.config.ts');
  else record('electron', { passed: 0, failed: 1, skipped: 0 }, build);
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
