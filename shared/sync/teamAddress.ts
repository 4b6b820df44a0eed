// The server address an analyst enters for team sync: a WebSocket address whose last path part
// names the team library, as the team lead hands it out (ws://10.0.0.5:1234/crisis-desk).
export type TeamAddress =
  | { readonly ok: true; readonly url: string; readonly team: string; readonly documentName: string }
  | { readonly ok: false; readonly problem: string };

const EXAMPLE = 'ws://server:1234/crisis-desk';

/** The server's address and the team's document name, or why the address cannot be used. */
export function parseTeamAddress(address: string): TeamAddress {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, problem: `the server address is not an address (write it as ${EXAMPLE})` };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, problem: `the server address must start with ws:// or wss:// (as in ${EXAMPLE})` };
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const last = parts.pop();
  if (!last) return { ok: false, problem: `the server address must end with the team's name (as in ${EXAMPLE})` };
  let team: string;
  try {
    team = decodeURIComponent(last);
  } catch {
    return { ok: false, problem: 'the team name in the server address is not readable' };
  }
  const base = `${url.protocol}//${url.host}${parts.length > 0 ? `/${parts.join('/')}` : ''}`;
  return { ok: true, url: base, team, documentName: `team:${team}` };
}
