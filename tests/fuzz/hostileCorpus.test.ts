// Every file of the hostile corpus through the app's import and the CLI: each is accepted with a
// consistent library, or refused with the expected message at a JSON path and nothing changed,
// within its time bound. `HOSTILE_UPDATE=1` rewrites the small files and expected.json.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchDatabase } from '../../renderer/db/database';
import { closeLibrary, importThroughApp, JSON_PATH, openLibrary, validateThroughCli } from './harness';
import { CORPUS_DIR, HOSTILE_CASES, REPO, type HostileCase } from './hostileCases';

interface Expected {
  /** First problem as the app reports it, `PATH: message`, or "accepted". */
  readonly app: string;
  /** First line `dossier validate` prints, without the file name before it. */
  readonly cli: string;
}

const EXPECTED_FILE = join(CORPUS_DIR, 'expected.json');
const UPDATE = process.env.HOSTILE_UPDATE === '1';
/** The bound for any file up to the size limit, on this two-core machine. */
const TIME_BOUND_MS = 10_000;

let scratch = '';
let database: WorkbenchDatabase;
const expected: Record<string, Expected> = existsSync(EXPECTED_FILE) ? (JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, Expected>) : {};
const seen: Record<string, Expected> = {};

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  database = await openLibrary(readFileSync(join(REPO, 'docs', 'examples', 'samples.dossier')));
});

afterAll(async () => {
  await closeLibrary(database);
  rmSync(scratch, { recursive: true, force: true });
  if (UPDATE) writeFileSync(EXPECTED_FILE, `${JSON.stringify(seen, null, 2)}\n`);
});

/** Small cases are read from the committed corpus; large ones are written to scratch space first. */
function pathOf(hostile: HostileCase): { path: string; bytes: Uint8Array } {
  if (hostile.large) {
    const bytes = hostile.bytes();
    const path = join(scratch, hostile.file);
    writeFileSync(path, bytes);
    return { path, bytes };
  }
  const path = join(CORPUS_DIR, hostile.file);
  if (UPDATE) writeFileSync(path, hostile.bytes());
  return { path, bytes: new Uint8Array(readFileSync(path)) };
}

describe('the hostile corpus', () => {
  it('has at least 30 kinds, each with its expected outcome', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30);
    if (!UPDATE) for (const hostile of HOSTILE_CASES) expect(expected[hostile.file], hostile.file).toBeDefined();
  });

  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.file}: the app and the CLI end as expected, in bounded time`, async () => {
      const { path, bytes } = pathOf(hostile);
      const started = performance.now();
      const app = await importThroughApp(database, hostile.file, bytes);
      const appMs = performance.now() - started;
      const cliStarted = performance.now();
      const cli = await validateThroughCli(path);
      const cliMs = performance.now() - cliStarted;
      expect(appMs, 'app import time').toBeLessThan(TIME_BOUND_MS);
      expect(cliMs, 'CLI validate time').toBeLessThan(TIME_BOUND_MS);

      let appSummary: string;
      if (app.outcome === 'refused') {
        expect(app.libraryChanged, 'a refusal must leave the library as it was').toBe(false);
        for (const problem of app.problems) expect(problem.path).toMatch(JSON_PATH);
        const first = app.problems[0];
        appSummary = `${first?.path}: ${first?.message}`;
      } else {
        expect(app.libraryProblems, 'the library after the import must pass the checker').toEqual([]);
        appSummary = 'accepted';
      }
      const cliLine = (cli.lines[0] ?? '').replace(`${path}: `, '');
      // Whatever the file holds, the CLI prints it on one line each, with no control characters.
      for (const line of cli.lines) expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      seen[hostile.file] = { app: appSummary, cli: cliLine };
      if (!UPDATE) expect({ app: appSummary, cli: cliLine }).toEqual(expected[hostile.file]);
      // Room for both runs of a large case on a busy machine; each is held to TIME_BOUND_MS above.
    }, hostile.large ? 3 * TIME_BOUND_MS : undefined);
  }
});
