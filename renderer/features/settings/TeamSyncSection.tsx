// Settings → Team sync: the server address and team token a team lead hands out, Connect and
// Disconnect, and the status. The token is kept in this profile's IndexedDB (the settings table),
// never in localStorage or an exported file; the desktop app seals it with the system keychain.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { scopeOfDossierId } from '../../../shared/sync/dossierScope';
import { parseTeamAddress } from '../../../shared/sync/teamAddress';
import { hostBridge } from '../../bridge/hostBridge';
import { listDossiersByRecent } from '../../db/dossiers';
import { saveTeamSyncSettings } from '../../db/teamSyncSettings';
import { connectTeamLibrary, disconnectTeamLibrary, teamSyncStatusText } from '../../sync/teamSyncSession';
import { loadTeamSyncTarget, storeTeamSyncTarget, type TokenAtRest } from '../../sync/teamSyncToken';
import { useTeamSyncView } from '../../sync/useTeamSyncView';
import { errorMessage } from '../../ui/workbenchContext';

/** The Share choice that reveals the Dossier id field (no dossier id is empty or holds a NUL). */
const BY_ID = '\u0000by-id';

interface TeamSyncSectionProps {
  readonly analystName: string;
  readonly onError: (message: string) => void;
}

/** Where the token is kept, in words: encrypted by the keychain in the desktop app, as typed in a browser. */
function tokenNote(host: 'electron' | 'browser', atRest: TokenAtRest | null): string {
  if (host === 'browser') return 'In the browser the token is kept as typed, in this profile’s storage for this site; the desktop app encrypts it with the system keychain.';
  if (atRest === 'plain') return 'This system offers no keychain: the token is kept as typed, in this profile’s storage.';
  return 'The token is kept encrypted by the system keychain.';
}

export function TeamSyncSection({ analystName, onError }: TeamSyncSectionProps): ReactNode {
  const status = useTeamSyncView();
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [team, setTeam] = useState('');
  /** The dossier shared alone; empty: the whole library. */
  const [dossierId, setDossierId] = useState('');
  /** The dossier is named by its id: one a colleague shares, which this library does not hold yet. */
  const [byId, setById] = useState(false);
  const dossiers = useLiveQuery(() => listDossiersByRecent(), []);
  const [tokenAtRest, setTokenAtRest] = useState<TokenAtRest | null>(null);
  const [busy, setBusy] = useState(false);
  // The fields appear once the stored values are in, so nothing typed is overwritten by them.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let current = true;
    loadTeamSyncTarget()
      .then((settings) => {
        if (!current) return;
        setAddress(settings.serverAddress);
        setToken(settings.token);
        setTeam(settings.team);
        setDossierId(settings.dossierId);
        if (settings.serverAddress) setTokenAtRest(settings.tokenAtRest);
        if (settings.tokenProblem) onError(`Team sync: ${settings.tokenProblem}`);
        setLoaded(true);
      })
      .catch((error: unknown) => onError(`The team sync settings could not be read: ${errorMessage(error)}`));
    return () => {
      current = false;
    };
  }, [onError]);
  const report = (error: unknown): void => onError(`Team sync: ${errorMessage(error)}`);
  const connect = async (): Promise<void> => {
    setBusy(true);
    try {
      const target = { serverAddress: address.trim(), token: token.trim(), team: team.trim(), dossierId: dossierId.trim() };
      setTokenAtRest(await storeTeamSyncTarget(target));
      await connectTeamLibrary(target, analystName, report);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  const disconnect = async (): Promise<void> => {
    disconnectTeamLibrary();
    await saveTeamSyncSettings({ connectOnStart: false }).catch(report);
  };
  const connected = status.phase !== 'off';
  const teamAddress = parseTeamAddress(address, team, scopeOfDossierId(dossierId.trim()));
  const choose = (value: string): void => {
    setById(value === BY_ID);
    setDossierId(value === BY_ID ? '' : value);
  };
  return (
    <section className="form" aria-labelledby="team-sync-heading">
      <h3 id="team-sync-heading">Team sync</h3>
      <p>Work in one library with your team: changes go out as you make them, wait while you are offline, and edits to the same field by two people show as conflicts.</p>
      {loaded && (
        <>
          <label>
            Server address
            <input value={address} onChange={(e) => setAddress(e.target.value)} placeholder="ws://server:1234/team-name" spellCheck={false} autoComplete="off" />
          </label>
          <label>
            Team
            <input value={team} onChange={(e) => setTeam(e.target.value)} placeholder="only if the address does not end with it" spellCheck={false} autoComplete="off" />
          </label>
          <label>
            Share
            <select value={byId ? BY_ID : dossierId} onChange={(e) => choose(e.target.value)}>
              <option value="">The whole library</option>
              {/* A dossier no longer in the library stays choosable until another is picked. */}
              {dossierId !== '' && dossiers !== undefined && !dossiers.some((dossier) => dossier.id === dossierId) && <option value={dossierId}>A dossier not in this library ({dossierId})</option>}
              {(dossiers ?? []).map((dossier) => (
                <option key={dossier.id} value={dossier.id}>
                  Only the dossier “{dossier.title}”
                </option>
              ))}
              <option value={BY_ID}>A dossier a colleague shares, by its id…</option>
            </select>
          </label>
          {byId && (
            <label>
              Dossier id
              <input value={dossierId} onChange={(e) => setDossierId(e.target.value)} placeholder="as shown in the sharing colleague’s Settings" spellCheck={false} autoComplete="off" />
            </label>
          )}
          {dossierId.trim() !== '' && <p>Only this dossier goes to the team: its passages, their articles, the links between them and the actors they name. Colleagues connect to it with its id, {dossierId.trim()}.</p>}
          {teamAddress.ok && <p>Team document: {teamAddress.documentName}</p>}
          <label>
            Team token
            <input type="password" value={token} onChange={(e) => setToken(e.target.value)} spellCheck={false} autoComplete="off" />
          </label>
        </>
      )}
      <p>{tokenNote(hostBridge.host, tokenAtRest)}</p>
      <p>
        Status: {connected ? teamSyncStatusText(status) : 'Not connected'}
      </p>
      <div className="form-actions">
        <button type="button" onClick={() => void connect()} disabled={busy || address.trim() === '' || token.trim() === ''}>
          Connect
        </button>
        {connected && (
          <button type="button" onClick={() => void disconnect()}>
            Disconnect
          </button>
        )}
      </div>
    </section>
  );
}
