// The CLI as pipelines and team leads run it: `node bin/dossier.cjs …` in a child process, with
// its exit codes, its one-line-per-problem output and the files it writes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange';
import { getAt, setAt, type JsonPath } from '../exchange/fixtures';

const REPO = join(__dirname, '..', '..', '..');
const SAMPLES = join(REPO, 'docs', 'examples', 'samples.dossier');
let dir = '';


function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'bin', 'dossier.cjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | object): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function sample(): Record<string, unknown> {
  return JSON.parse(readFileSync(SAMPLES, 'utf8')) as Record<string, unknown>;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  // The first run may build the bundle; do it once here rather than inside a timed test.
  run('--version');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('usage', () => {
  it('--version prints the package’s version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(run('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('help exits 0; usage errors exit 2 with a message on stderr', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('merge A B... -o OUT') });
    expect(run()).toMatchObject({ code: 2, stderr: expect.stringContaining('no command given') });
    expect(run('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(run('validate', '--nope', SAMPLES)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --nope') });
    expect(run('merge', SAMPLES, SAMPLES)).toMatchObject({ code: 2, stderr: expect.stringContaining('merge needs -o OUT') });
    expect(run('stats', '-o', 'x', SAMPLES)).toMatchObject({ code: 2, stderr: expect.stringContaining('-o does not apply to stats') });
  });
});

describe('validate', () => {
  it('a valid file: exit 0 and a summary line', () => {
    expect(run('validate', SAMPLES)).toEqual({ code: 0, stdout: `${SAMPLES}: valid (2 sources, 10 annotations, 5 links, 1 dossiers)\n`, stderr: '' });
  });

  it('invalid files: exit 1 and one line per problem, naming the file and the JSON path', () => {
    const truncated = write('cut.dossier', readFileSync(SAMPLES, 'utf8').slice(0, 4000));
    const broken = sample();
    setAt(broken, ['annotations', 1, 'target', 'selector', 1, 'end'], 999_999);
    setAt(broken, ['links', 0, 'toId'], 'nowhere');
    const bad = write('bad.dossier', broken);
    const result = run('validate', SAMPLES, truncated, bad);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/samples\.dossier: valid/);
    expect(lines[1]).toMatch(/^.*cut\.dossier: \$: the file ends unexpectedly at line \d+ column \d+ .*truncated$/);
    expect(lines.slice(2)).toEqual([
      `${bad}: $.annotations[1].target.selector[1].end: offset 999999 is beyond the end of the source text (${String(getAt(broken, ['sources', 0, 'text'])).length} characters)`,
      `${bad}: $.links[0].toId: names annotation "nowhere", which is not in this file`,
    ]);
  });

  it('a 300 MB file is refused before it is read', () => {
    const huge = join(dir, 'huge.dossier');
    writeFileSync(huge, '');
    truncateSync(huge, 300 * 1024 * 1024); // sparse: no disk space, no memory
    expect(run('validate', huge)).toMatchObject({ code: 1, stdout: `${huge}: $: huge.dossier is 300.0 MB; shared files larger than 200.0 MB are refused\n` });
    rmSync(huge);
  });

  it('text from the file cannot send escape sequences to the terminal', () => {
    const file = sample();
    setAt(file, ['annotations', 0, 'dw:actor'], 'red \u001b[31m<script>alert(1)</script>');
    setAt(file, ['version'], 'v\u001b]0;owned\u0007');
    const result = run('validate', write('escape.dossier', file));
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('\\u001b');
  });

  it('a file cannot print a forged line: line breaks in its text and in file names are escaped', () => {
    const file = sample();
    setAt(file, ['annotations', 0, 'dw:actor'], '<b>x</b>');
    setAt(file, ['annotations', 0, '\nok.dossier: valid (9 sources)\r'], 1);
    const result = run('validate', write('forge\nother.dossier: valid (1 sources).dossier', file));
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('forge\\u000aother.dossier');
    expect(lines[0]).toContain("['\\u000aok.dossier: valid (9 sources)\\u000d']: unknown field");
  });

  it('a folder, a named pipe or a device given as FILE gets one plain line, not a system error', () => {
    const fifo = join(dir, 'pipe.dossier');
    spawnSync('mkfifo', [fifo]);
    expect(run('validate', dir)).toMatchObject({ code: 1, stdout: `${dir}: $: cannot be read: ${basename(dir)} is a folder, not a file\n` });
    expect(run('validate', fifo)).toMatchObject({ code: 1, stdout: `${fifo}: $: cannot be read: pipe.dossier is a named pipe (FIFO), not a file\n` });
    expect(run('validate', '/dev/zero')).toMatchObject({ code: 1, stdout: '/dev/zero: $: cannot be read: zero is a device, not a file\n' });
    expect(run('validate', join(dir, 'absent.dossier')).stdout).toMatch(/: \$: cannot be read: no such file\n$/);
  });

  it('a symbolic link to a valid file is read through; one to a pipe is refused like the pipe', () => {
    const linkToSample = join(dir, 'linked.dossier');
    const fifo = join(dir, 'pipe2.dossier');
    const linkToPipe = join(dir, 'linked-pipe.dossier');
    symlinkSync(SAMPLES, linkToSample);
    spawnSync('mkfifo', [fifo]);
    symlinkSync(fifo, linkToPipe);
    expect(run('validate', linkToSample)).toMatchObject({ code: 0, stdout: expect.stringContaining(': valid (2 sources') });
    expect(run('validate', linkToPipe)).toMatchObject({ code: 1, stdout: `${linkToPipe}: $: cannot be read: linked-pipe.dossier is a named pipe (FIFO), not a file\n` });
  });
});

describe('merge', () => {
  it('applies the merge rules, prints the report and keeps conflicts in OUT', async () => {
    const theirs = sample();
    setAt(theirs, ['exportedBy', 'name'], 'Bob');
    // One annotation Bob edited (his copy descends from the analyst's), one both edited, one new.
    const edits: [JsonPath, unknown][] = [
      [['annotations', 0, 'dw:actor'], 'Azerbaijani presidency'],
      [['annotations', 0, 'dw:revision'], 2],
      [['annotations', 0, 'modified'], '2026-03-13T10:00:00.000Z'],
      [['annotations', 0, 'dw:provenance'], { fileName: 'samples.dossier', exportedBy: 'Sample Analyst', importedAt: '2026-03-12T11:00:00.000Z', importedRevision: 1 }],
      [['annotations', 1, 'dw:target'], 'Aliyev (per Bob)'],
      [['annotations', 1, 'modified'], '2026-03-13T10:00:00.000Z'],
    ];
    for (const [path, value] of edits) setAt(theirs, path, value);
    const fresh = JSON.parse(JSON.stringify(getAt(theirs, ['annotations', 3]))) as object;
    setAt(fresh, ['id'], 'urn:uuid:0f0f0f0f-0000-4000-8000-000000000001');
    setAt(fresh, ['body'], [{ type: 'TextualBody', purpose: 'classifying', value: 'claim' }]);
    setAt(theirs, ['annotations', 10], fresh);
    const bob = write('bob.dossier', theirs);
    const out = join(dir, 'merged.dossier');
    const result = run('merge', SAMPLES, bob, '-o', out, '--by', 'Team Lead');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('bob.dossier (exported by Bob): added 1, updated 1, skipped 8, conflicts 1, re-anchored 0, orphans 0');
    expect(result.stdout).toMatch(/conflict: denial "officially denied Tehran’s involvement in the drone strikes" \(.+\) changed on both sides; both kept/);
    expect(result.stdout).toContain(`wrote ${out}: 2 sources, 11 annotations, 5 links, 1 dossiers, 1 unresolved conflicts`);
    const parsed = await parseExchangeText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.content.exportedBy).toBe('Team Lead');
    expect(parsed.content.annotations.find((a) => a.actor === 'Azerbaijani presidency')?.provenance).toMatchObject({ fileName: 'bob.dossier', exportedBy: 'Bob' });
    expect(parsed.content.conflicts).toEqual([expect.objectContaining({ fileName: 'bob.dossier', exportedBy: 'Bob', local: expect.objectContaining({ target: 'Ilham Aliyev' }), incoming: expect.objectContaining({ target: 'Aliyev (per Bob)' }) })]);
  });

  it('writes nothing when any input is invalid', () => {
    const bad = write('broken.dossier', '{"format": "dossier-workbench", "version": 9}');
    const out = join(dir, 'never.dossier');
    const result = run('merge', SAMPLES, bad, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${bad}: $.version: version 9 is newer than this app reads (1); update Dossier Workbench\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('export-w3c and stats', () => {
  it('export-w3c writes a W3C AnnotationCollection', () => {
    const out = join(dir, 'samples.jsonld');
    expect(run('export-w3c', SAMPLES, '-o', out)).toMatchObject({ code: 0, stdout: `wrote ${out}: 10 annotations and 5 links as a W3C AnnotationCollection\n` });
    const collection = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 15, first: { type: 'AnnotationPage' } });
    expect(getAt(collection, ['id'])).toMatch(/^urn:uuid:/);
  });

  it('stats counts sources, annotations by kind, links and dossiers; --json for machines', () => {
    const result = run('stats', SAMPLES);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  annotations: 10 (claim 3, denial 4, action 3)');
    expect(result.stdout).toContain('  links: 5 (denies 2, supports 0, responds-to 2, contradicts 1)');
    expect(result.stdout).toContain('  dossiers: 1');
    const json = JSON.parse(run('stats', '--json', SAMPLES).stdout) as unknown;
    expect(json).toMatchObject({ sources: { total: 2, withText: 2 }, annotations: { total: 10, byKind: { claim: 3, denial: 4, action: 3 } }, links: { total: 5 }, dossiers: 1, conflicts: 0 });
  });
});
