// The status line's words for each state of team sync.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { teamSyncStatusText } from '../../../renderer/sync/teamSyncSession';

describe('teamSyncStatusText', () => {
  it('says Connected, Offline with the changes waiting, or Refused with the reason', () => {
    expect(teamSyncStatusText({ phase: 'off', waitingChanges: 0, readOnly: false })).toBe('');
    expect(teamSyncStatusText({ phase: 'connected', waitingChanges: 0, readOnly: false })).toBe('Connected');
    expect(teamSyncStatusText({ phase: 'connected', waitingChanges: 0, readOnly: true })).toBe('Connected (read-only)');
    expect(teamSyncStatusText({ phase: 'offline', waitingChanges: 1, readOnly: false })).toBe('Offline (1 change waiting)');
    expect(teamSyncStatusText({ phase: 'offline', waitingChanges: 3, readOnly: false })).toBe('Offline (3 changes waiting)');
    expect(teamSyncStatusText({ phase: 'refused', waitingChanges: 0, readOnly: false, refusedReason: 'this token belongs to another team' })).toBe(
      'Refused (this token belongs to another team)',
    );
  });
});
