// The team sync status as React state, for the status line, Settings and read-only editing.
import { useSyncExternalStore } from 'react';
import { subscribeTeamSync, teamSyncView, type TeamSyncView } from './teamSyncSession';

export function useTeamSyncView(): TeamSyncView {
  return useSyncExternalStore(subscribeTeamSync, teamSyncView);
}

/** The note shown where editing is disabled for a read-only member. */
export const READ_ONLY_NOTE = 'Read-only: your team token lets you read the team library, not change it. Ask your team lead for an editor’s token.';
