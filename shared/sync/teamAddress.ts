// The server address an analyst enters for team sync: a WebSocket address whose last path part
// names the team library, as the team lead hands it out (ws://10.0.0.5:1234/crisis-desk), or the
// bare server address with the team's name entered apart (a token does not carry its team).
import { WHOLE_LIBRARY, teamDocumentName, type TeamSyncScope } from './dossierScope';

export type TeamAddress =
  | { readonly ok: true; readonly url: string; readonly team: string; readonly documentName: string }
  | { readonly ok: false; readonly problem: string };

const EXAMPLE = 'ws://server:1234/crisis-desk';

/** The server's team names (cli/teamServerAuth.ts): no "/", ":" or spaces. */
const TEAM_NAME = /^[^/:\s]{1,100}$/;

function readUrl(address: string): URL | string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return `the server address is not an address (write it as ${EXAMPLE})`;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return `the server address must start with ws:// or wss:// (as in ${EXAMPLE})`;
  return url;
}

/**
 * The server's address and the team's document name, or why the address cannot be used. With
 * `team` given, the whole address is the server's and `team` names the library; without it the
 * address's last path part does. `scope` names one dossier's document instead of the library's.
 */
export function parseTeamAddress(address: string, team = '', scope: TeamSyncScope = WHOLE_LIBRARY): TeamAddress {
  const url = readUrl(address);
  if (typeof url === 'string') return { ok: false, problem: url };
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const named = team.trim();
  if (named !== '') {
    if (!TEAM_NAME.test(named)) return { ok: false, problem: 'a team name has no "/", ":" or spaces' };
    return { ok: true, url: `${url.protocol}//${url.host}${parts.length > 0 ? `/${parts.join('/')}` : ''}`, team: named, documentName: teamDocumentName(named, scope) };
  }
  const last = parts.pop();
  if (!last) return { ok: false, problem: `the server address must end with the team's name (as in ${EXAMPLE}), or the team's name goes in Team` };
  let fromPath: string;
  try {
    fromPath = decodeURIComponent(last);
  } catch {
    return { ok: false, problem: 'the team name in the server address is not readable' };
  }
  const base = `${url.protocol}//${url.host}${parts.length > 0 ? `/${parts.join('/')}` : ''}`;
  return { ok: true, url: base, team: fromPath, documentName: teamDocumentName(fromPath, scope) };
}
