import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierPathsFromArgv, MAX_LAUNCH_FILES } from '../../../electron/launchFiles';

const cwd = path.resolve('/home/analyst/cases');

describe('dossierPathsFromArgv', () => {
  it('finds .dossier files in a packaged launch', () => {
    expect(dossierPathsFromArgv(['/opt/Dossier Workbench/dossier-workbench', '/tmp/Baku.dossier'], cwd)).toEqual([
      path.resolve('/tmp/Baku.dossier'),
    ]);
  });

  it('skips the executable, the app folder, scripts and switches in a development launch', () => {
    const argv = [
      '/usr/lib/electron/electron',
      '.',
      'dist-electron/main.js',
      '--inspect=0',
      '--remote-debugging-port=0',
      '--allow-file-access-from-files',
      '-psn_0_12345',
      'notes.dossier',
    ];
    expect(dossierPathsFromArgv(argv, cwd)).toEqual([path.join(cwd, 'notes.dossier')]);
  });

  it('resolves relative paths against the launching directory and matches the extension in any case', () => {
    expect(dossierPathsFromArgv(['exe', '../shared/A.DOSSIER', 'sub/b.Dossier'], cwd)).toEqual([
      path.resolve(cwd, '../shared/A.DOSSIER'),
      path.join(cwd, 'sub', 'b.Dossier'),
    ]);
  });

  it('ignores other files, switches that look like files, URLs and odd input', () => {
    const argv = [
      'exe',
      'story.txt',
      'notes.dossier.txt',
      '--open=evil.dossier',
      '-x.dossier',
      'https://example.com/a.dossier',
      'file:///tmp/a.dossier',
      '.dossier',
      '',
      'bad\u0000name.dossier',
      `${'a'.repeat(5_000)}.dossier`,
    ];
    expect(dossierPathsFromArgv(argv, cwd)).toEqual([]);
  });

  it('removes duplicates and caps the count', () => {
    expect(dossierPathsFromArgv(['a.dossier', './a.dossier', path.join(cwd, 'a.dossier')], cwd)).toHaveLength(1);
    const many = Array.from({ length: 100 }, (_, index) => `file-${index}.dossier`);
    expect(dossierPathsFromArgv(many, cwd)).toHaveLength(MAX_LAUNCH_FILES);
  });
});
