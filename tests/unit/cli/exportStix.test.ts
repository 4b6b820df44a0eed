// `dossier export-stix`: the samples as a STIX 2.1 bundle that passes OASIS's schemas and the
// MUST rules, written whole; bad input and usage refused with the CLI's usual exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateStixBundle } from '../../stix/stixValidator';

const REPO = join(__dirname, '..', '..', '..');
const SAMPLES = join(REPO, 'docs', 'examples', 'samples.dossier');
let dir = '';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'bin', 'dossier.cjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-stix-'));
  run('--version');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('dossier export-stix', () => {
  it('writes the samples as a valid STIX 2.1 bundle', () => {
    const out = join(dir, 'samples.json');
    const result = run('export-stix', SAMPLES, '-o', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^wrote .*samples\.json: a STIX 2\.1 bundle of \d+ objects \(2 articles, 10 passages, 5 links, 1 dossiers\)\n$/);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { type: string; objects: { type: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(validateStixBundle(bundle)).toEqual([]);
  });

  it('gives the same object ids on a second run', () => {
    const [a, b] = ['a.json', 'b.json'].map((name) => {
      run('export-stix', SAMPLES, '-o', join(dir, name));
      return (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { objects: { id: string }[] }).objects.map((o) => o.id);
    });
    expect(a).toEqual(b);
  });

  it('refuses an invalid input with its problems and writes nothing', () => {
    const bad = join(dir, 'bad.dossier');
    writeFileSync(bad, '{"format":"dossier-workbench","version":1}');
    const out = join(dir, 'never.json');
    const result = run('export-stix', bad, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('bad.dossier: $');
    expect(existsSync(out)).toBe(false);
  });

  it('needs exactly one FILE and -o', () => {
    expect(run('export-stix', SAMPLES)).toMatchObject({ code: 2, stderr: expect.stringContaining('export-stix needs -o OUT.json') as string });
    expect(run('export-stix', '-o', 'x.json')).toMatchObject({ code: 2 });
    expect(run('--help').stdout).toContain('export-stix FILE -o OUT.json');
  });
});
