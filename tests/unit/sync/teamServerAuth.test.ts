// The team server's tokens file and its decision for each connection.
import { describe, expect, it } from 'vitest';
import { authorizeTeamMember, documentTeam, parseTeamTokens, TeamRefusal } from '../../../cli/teamServerAuth';
import { redisOptions } from '../../../cli/teamServer';

const TOKENS = parseTeamTokens('{"alice-token-0123456789":{"team":"analysts","user":"Alice"},"vera-token-01234567890":{"team":"analysts","user":"Vera","readOnly":true}}');

describe('team server tokens', () => {
  it('reads members, read-only defaulting to false', () => {
    expect(TOKENS.get('alice-token-0123456789')).toEqual({ team: 'analysts', user: 'Alice', readOnly: false });
    expect(TOKENS.get('vera-token-01234567890')?.readOnly).toBe(true);
  });

  it('refuses a file that is not JSON, a short token, or a member with unknown fields, naming each problem', () => {
    expect(() => parseTeamTokens('{')).toThrow(/not JSON/);
    expect(() => parseTeamTokens('{"short":{"team":"a","user":"b"}}')).toThrow(/at least 16 characters/);
    expect(() => parseTeamTokens('{"long-enough-token-123":{"team":"a/b","user":"b","admin":true}}')).toThrow(/team.*\n.*admin|admin.*\n.*team/s);
  });

  it('lets a member into its own team’s library and dossiers only', () => {
    expect(documentTeam('team:analysts')).toBe('analysts');
    expect(documentTeam('team:analysts/dossier:d-1')).toBe('analysts');
    expect(documentTeam('analysts')).toBeUndefined();
    expect(authorizeTeamMember(TOKENS, 'alice-token-0123456789', 'team:analysts/dossier:d-1').user).toBe('Alice');
    expect(() => authorizeTeamMember(TOKENS, 'alice-token-0123456789', 'team:logistics')).toThrow(TeamRefusal);
    expect(() => authorizeTeamMember(TOKENS, 'alice-token-0123456789', 'library')).toThrow(/not a team document name/);
    expect(() => authorizeTeamMember(TOKENS, 'nobody', 'team:analysts')).toThrow(/Unknown team token/);
  });

  it('reads a Redis address', () => {
    expect(redisOptions('redis://127.0.0.1:6380/2')).toEqual({ host: '127.0.0.1', port: 6380, options: { db: 2 } });
    expect(redisOptions('redis://:secret@cache')).toEqual({ host: 'cache', port: 6379, options: { password: 'secret' } });
    expect(() => redisOptions('http://cache')).toThrow(/redis:\/\//);
  });
});
