// The README's keyboard table is the registry's, row for row: a new key or a renamed command
// without its README line fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chordLabel, COMMANDS, commandKeys } from '../../../shared/commands';

describe('the README keyboard table', () => {
  it('lists exactly the registry’s commands with keys, in registry order', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Keyboard'), readme.indexOf('## The `dossier` command'));
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| keys'));
    const expected = COMMANDS.flatMap((command) => {
      const chords = commandKeys(command, 'other');
      return chords.length ? [`| ${chords.map((chord) => chordLabel(chord, 'other')).join(' or ')} | ${command.title} |`] : [];
    });
    expect(rows).toEqual(expected);
  });
});
