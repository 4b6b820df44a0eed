// The address an analyst types for team sync: server and team, or a reason in words.
import { describe, expect, it } from 'vitest';
import { parseTeamAddress } from '../../../shared/sync/teamAddress';

describe('parseTeamAddress', () => {
  it('splits the server from the team name', () => {
    expect(parseTeamAddress(' ws://10.0.0.5:1234/crisis-desk ')).toEqual({ ok: true, url: 'ws://10.0.0.5:1234', team: 'crisis-desk', documentName: 'team:crisis-desk' });
    expect(parseTeamAddress('wss://sync.example.org/teams/Baku%20desk')).toMatchObject({ url: 'wss://sync.example.org/teams', team: 'Baku desk' });
  });

  it('says what is wrong with an address it cannot use', () => {
    expect(parseTeamAddress('sync server')).toMatchObject({ ok: false, problem: expect.stringMatching(/not an address/) });
    expect(parseTeamAddress('https://example.org/team')).toMatchObject({ ok: false, problem: expect.stringMatching(/ws:\/\/ or wss:\/\//) });
    expect(parseTeamAddress('ws://example.org:1234')).toMatchObject({ ok: false, problem: expect.stringMatching(/team's name/) });
  });

  it('takes a bare server address with the team named apart', () => {
    expect(parseTeamAddress('ws://10.0.0.5:1234', 'crisis-desk')).toEqual({ ok: true, url: 'ws://10.0.0.5:1234', team: 'crisis-desk', documentName: 'team:crisis-desk' });
    // With the team named apart, the whole path is the server's (a server behind a proxy path).
    expect(parseTeamAddress('wss://sync.example.org/teams/', ' Baku-desk ')).toMatchObject({ url: 'wss://sync.example.org/teams', team: 'Baku-desk', documentName: 'team:Baku-desk' });
    expect(parseTeamAddress('ws://example.org:1234', 'two words')).toMatchObject({ ok: false, problem: expect.stringMatching(/no "\/", ":" or spaces/) });
    expect(parseTeamAddress('ws://example.org:1234', '')).toMatchObject({ ok: false, problem: expect.stringMatching(/goes in Team/) });
  });
});
