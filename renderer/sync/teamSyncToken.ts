// The team token at rest: sealed through the host bridge when the analyst connects (the desktop
// app encrypts it with the system keychain, Electron's safeStorage; a browser has none and keeps
// it as typed), and opened again to connect on the next start.
import type { SealedSecret } from '../../shared/bridge/hostBridge';
import { hostBridge } from '../bridge/hostBridge';
import { loadTeamSyncSettings, saveTeamSyncSettings } from '../db/teamSyncSettings';
import { connectTeamLibrary, type TeamSyncTarget } from './teamSyncSession';

/** How the token is kept: encrypted by the system keychain, or as typed. */
export type TokenAtRest = SealedSecret['scheme'];

export interface StoredTeamSyncTarget extends Required<TeamSyncTarget> {
  readonly connectOnStart: boolean;
  readonly tokenAtRest: TokenAtRest;
  /** Why the stored token could not be opened here (it is then empty and must be entered again). */
  readonly tokenProblem?: string;
}

export async function loadTeamSyncTarget(): Promise<StoredTeamSyncTarget> {
  const settings = await loadTeamSyncSettings();
  const common = { serverAddress: settings.serverAddress, team: settings.team, dossierId: settings.dossierId, connectOnStart: settings.connectOnStart };
  if (!settings.sealedToken) return { ...common, token: settings.token, tokenAtRest: 'plain' };
  try {
    return { ...common, token: await hostBridge.openSecret(settings.sealedToken), tokenAtRest: settings.sealedToken.scheme };
  } catch (error) {
    return { ...common, token: '', tokenAtRest: settings.sealedToken.scheme, tokenProblem: error instanceof Error ? error.message : String(error) };
  }
}

/** Keeps the address, team, dossier shared alone and sealed token, to connect again on start; returns how the token is kept. */
export async function storeTeamSyncTarget(target: Required<Omit<TeamSyncTarget, 'dossierId'>> & Pick<TeamSyncTarget, 'dossierId'>): Promise<TokenAtRest> {
  const sealed = await hostBridge.sealSecret({ text: target.token });
  await saveTeamSyncSettings({
    serverAddress: target.serverAddress,
    team: target.team,
    dossierId: target.dossierId ?? '',
    connectOnStart: true,
    // Never both: a sealed token leaves no readable copy behind.
    token: sealed.scheme === 'plain' ? sealed.text : '',
    sealedToken: sealed.scheme === 'plain' ? undefined : sealed,
  });
  return sealed.scheme;
}

/** Connects on start when the analyst left team sync connected. */
export async function resumeTeamSync(analyst: string, onError: (error: unknown) => void): Promise<void> {
  const target = await loadTeamSyncTarget();
  if (!target.connectOnStart) return;
  if (target.tokenProblem) {
    onError(new Error(target.tokenProblem));
    return;
  }
  if (target.connectOnStart && target.serverAddress && target.token) await connectTeamLibrary(target, analyst, onError);
}
