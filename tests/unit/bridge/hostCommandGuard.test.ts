import { describe, expect, it } from 'vitest';
import { isHostCommand, isOpenedFile } from '../../../shared/bridge/hostCommandGuard';
import { COMMANDS } from '../../../shared/commands';

const readFile = { status: 'read', name: 'a.dossier', size: 3, bytes: new Uint8Array([1, 2, 3]) };
const tooLarge = { status: 'too-large', name: 'b.dossier', size: 300, limit: 200 };

describe('isHostCommand', () => {
  it('accepts every command of the registry, and opened files', () => {
    for (const { id } of COMMANDS) expect(isHostCommand({ type: 'run-command', id }), id).toBe(true);
    expect(isHostCommand({ type: 'files-opened', files: [readFile, tooLarge] })).toBe(true);
    expect(isHostCommand({ type: 'files-opened', files: [] })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'library.import'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a command outside the registry', { type: 'run-command', id: 'library.deleteEverything' }],
    ['a command id that is not a string', { type: 'run-command', id: ['library.import'] }],
    ['a command without an id', { type: 'run-command' }],
    ['a prototype key as id', { type: 'run-command', id: 'constructor' }],
    ['extra keys', { type: 'run-command', id: 'dossier.exportPdf', path: '/tmp' }],
    ['files not an array', { type: 'files-opened', files: readFile }],
    ['bytes as a string', { type: 'files-opened', files: [{ ...readFile, bytes: 'abc' }] }],
    ['size not matching bytes', { type: 'files-opened', files: [{ ...readFile, size: 4 }] }],
    ['a negative size', { type: 'files-opened', files: [{ ...tooLarge, size: -1 }] }],
    ['a missing name', { type: 'files-opened', files: [{ ...readFile, name: '' }] }],
    ['an unknown status', { type: 'files-opened', files: [{ ...readFile, status: 'partial' }] }],
    ['too many files', { type: 'files-opened', files: Array.from({ length: 21 }, () => tooLarge) }],
  ])('refuses %s', (_label, value) => {
    expect(isHostCommand(value)).toBe(false);
  });

  it('checks opened files on their own', () => {
    expect(isOpenedFile(readFile)).toBe(true);
    expect(isOpenedFile({ ...tooLarge, limit: 1.5 })).toBe(false);
  });
});
