// Team sync's part of the status line: Connected, Offline (n changes waiting) or Refused (why);
// nothing while team sync is off.
import type { ReactNode } from 'react';
import { teamSyncStatusText } from '../../sync/teamSyncSession';
import { useTeamSyncView } from '../../sync/useTeamSyncView';
import './teamSync.css';

export function TeamSyncStatus(): ReactNode {
  const status = useTeamSyncView();
  if (status.phase === 'off') return null;
  return (
    <span role="status" aria-label="Team sync" className={`team-sync-status team-sync-${status.phase}`}>
      Team sync: {teamSyncStatusText(status)}
    </span>
  );
}
