// The team token at rest: sealed through the host bridge (the desktop app's keychain) so the
// settings record holds no readable copy, opened again on load; a token another machine sealed
// is reported and left to be entered again; a browser keeps it as typed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostBridge, SealedSecret } from '../../../shared/bridge/hostBridge';

const keychain = { available: true, foreign: false };

vi.mock('../../../renderer/bridge/hostBridge', () => {
  const reverse = (text: string): string => [...text].reverse().join('');
  const bridge: Pick<HostBridge, 'sealSecret' | 'openSecret'> = {
    sealSecret: async ({ text }) => (keychain.available ? { scheme: 'os-keychain', data: btoa(reverse(text)) } : { scheme: 'plain', text }),
    openSecret: async (sealed: SealedSecret) => {
      if (sealed.scheme === 'plain') return sealed.text;
      if (keychain.foreign) throw new Error('The stored token cannot be decrypted on this machine: enter it again.');
      return reverse(atob(sealed.data));
    },
  };
  return { hostBridge: bridge };
});

const { db } = await import('../../../renderer/db/database');
const { loadTeamSyncTarget, storeTeamSyncTarget } = await import('../../../renderer/sync/teamSyncToken');

const TARGET = { serverAddress: 'ws://10.0.0.5:1234', team: 'crisis-desk', token: 'leyla-token-0123456789' };

afterEach(async () => {
  keychain.available = true;
  keychain.foreign = false;
  await db.settings.clear();
});

describe('the team token at rest', () => {
  it('is sealed by the keychain: the stored record holds no readable copy, and loading opens it', async () => {
    expect(await storeTeamSyncTarget(TARGET)).toBe('os-keychain');
    const stored = JSON.stringify(await db.settings.toArray());
    expect(stored).not.toContain(TARGET.token);
    expect(await loadTeamSyncTarget()).toMatchObject({ ...TARGET, connectOnStart: true, tokenAtRest: 'os-keychain' });
  });

  it('says so when another machine sealed it, and leaves it to be entered again', async () => {
    await storeTeamSyncTarget(TARGET);
    keychain.foreign = true;
    const loaded = await loadTeamSyncTarget();
    expect(loaded).toMatchObject({ serverAddress: TARGET.serverAddress, token: '', tokenProblem: expect.stringMatching(/cannot be decrypted/) });
  });

  it('is kept as typed where the host has no keychain (a browser), with no sealed copy left over', async () => {
    await storeTeamSyncTarget(TARGET);
    keychain.available = false;
    expect(await storeTeamSyncTarget({ ...TARGET, token: 'rashad-token-012345678' })).toBe('plain');
    expect(await loadTeamSyncTarget()).toMatchObject({ token: 'rashad-token-012345678', tokenAtRest: 'plain' });
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('os-keychain');
  });
});
