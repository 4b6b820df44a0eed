// Who may open which team document: the tokens file a team lead writes (token → team, user,
// read-only), checked with zod, and the decision taken for every connection (onAuthenticate).
import { z } from 'zod';

const teamName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^/:\s]+$/, 'a team name has no "/", ":" or spaces');

const memberSchema = z.strictObject({
  team: teamName,
  user: z.string().min(1).max(200),
  readOnly: z.boolean().default(false),
});

const tokensSchema = z.record(z.string().min(16, 'a token has at least 16 characters').max(500), memberSchema);

export type TeamMember = z.infer<typeof memberSchema>;
export type TeamTokens = ReadonlyMap<string, TeamMember>;

/** Reads the tokens file's text; throws an Error naming each problem (the server then does not start). */
export function parseTeamTokens(text: string): TeamTokens {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The tokens file is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = tokensSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      // A bad token is reported by zod as a record-key issue with the reason nested inside.
      const detail = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
      return `${issue.path.join('.') || '(file)'}: ${detail}`;
    });
    throw new Error(`The tokens file is not valid:\n  ${problems.join('\n  ')}`);
  }
  return new Map(Object.entries(parsed.data));
}

/** A refusal the client shows as it is: Hocuspocus sends `reason` with the permission-denied message. */
export class TeamRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The team a document belongs to: `team:<team>` (a library) or `team:<team>/dossier:<id>` (one dossier). */
export function documentTeam(documentName: string): string | undefined {
  return /^team:([^/:\s]+)(?:\/dossier:[^/\s]+)?$/.exec(documentName)?.[1];
}

/** Lets the token's holder in, or throws a TeamRefusal saying why not. */
export function authorizeTeamMember(tokens: TeamTokens, token: string, documentName: string): TeamMember {
  const member = tokens.get(token);
  if (!member) throw new TeamRefusal('Unknown team token: ask your team lead for yours.');
  const team = documentTeam(documentName);
  if (team === undefined) throw new TeamRefusal(`"${documentName}" is not a team document name (team:<team> or team:<team>/dossier:<id>).`);
  if (team !== member.team) throw new TeamRefusal(`This token is for team "${member.team}", not "${team}".`);
  return member;
}
