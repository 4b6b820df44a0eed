// The team sync settings: server address, team token, team name (when the address lacks it), the dossier shared alone (if one), whether to connect on start, and which
// team documents this library has already been written into. Kept in the settings table of the
// library's own IndexedDB database (never in localStorage, never in an exported file): the token
// is a secret, and it stays in the profile that holds the library it opens, sealed by the system
// keychain where the host has one (renderer/sync/teamSyncToken.ts).
import { z } from 'zod';
import { sealedSecretSchema } from '../../shared/bridge/hostBridge';
import { db, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

const TEAM_SYNC_KEY = 'teamSync';

export const teamSyncSettingsSchema = z.object({
  serverAddress: z.string().max(2_000),
  /** The token as typed, where the host has no keychain (a browser); empty when it is sealed. */
  token: z.string().max(2_000),
  /** The token sealed by the system keychain (the desktop app's safeStorage, through the host bridge). */
  sealedToken: sealedSecretSchema.optional(),
  /** The team's name when the server address does not end with it (empty: the address names it). */
  team: z.string().max(100),
  /** The one dossier this library shares with the team; empty: the whole library. */
  dossierId: z.string().max(100),
  /** Connect again when the app starts (set by Connect, cleared by Disconnect). */
  connectOnStart: z.boolean(),
  /** Team documents the library's own records were written into on a first connect. */
  joinedDocuments: z.array(z.string().max(2_000)).max(1_000),
});
export type TeamSyncSettings = Readonly<z.infer<typeof teamSyncSettingsSchema>>;

export const DEFAULT_TEAM_SYNC_SETTINGS: TeamSyncSettings = { serverAddress: '', token: '', team: '', dossierId: '', connectOnStart: false, joinedDocuments: [] };

export async function loadTeamSyncSettings(database: WorkbenchDatabase = db): Promise<TeamSyncSettings> {
  const record = await database.settings.get(TEAM_SYNC_KEY);
  const parsed = teamSyncSettingsSchema.safeParse({ ...DEFAULT_TEAM_SYNC_SETTINGS, ...(record?.value ?? {}) });
  return parsed.success ? parsed.data : DEFAULT_TEAM_SYNC_SETTINGS;
}

export async function saveTeamSyncSettings(changes: Partial<TeamSyncSettings>, database: WorkbenchDatabase = db): Promise<TeamSyncSettings> {
  return withStorageErrors(() =>
    database.transaction('rw', database.settings, async () => {
      const next = teamSyncSettingsSchema.parse({ ...(await loadTeamSyncSettings(database)), ...changes });
      await database.settings.put({ key: TEAM_SYNC_KEY, value: next });
      return next;
    }),
  );
}

/** The settings key of a team document's acknowledged state vector (shared/sync/waitingChanges.ts). */
function acknowledgedKey(documentName: string): string {
  return `teamSyncAcknowledged:${documentName}`;
}

/** The state vector the team server last acknowledged for the document; undefined before the first. */
export async function loadAcknowledgedState(documentName: string, database: WorkbenchDatabase = db): Promise<Uint8Array | undefined> {
  const value = (await database.settings.get(acknowledgedKey(documentName)))?.value;
  return value instanceof Uint8Array ? value : undefined;
}

export async function saveAcknowledgedState(documentName: string, stateVector: Uint8Array, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.settings.put({ key: acknowledgedKey(documentName), value: stateVector }));
}
