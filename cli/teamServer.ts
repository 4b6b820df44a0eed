// The team server: Hocuspocus with SQLite storage, the tokens file checked on every connection,
// and, when several instances serve one team, Redis to pass updates between them (docs/sync.md).
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Y from 'yjs';
import { authorizeTeamMember, type TeamTokens } from './teamServerAuth';
import { TeamDocumentStore } from './teamServerStorage';

export interface TeamServerOptions {
  readonly port: number;
  /** Listen address; loopback unless the team lead says otherwise. */
  readonly address?: string;
  /** Folder of the SQLite file (made if missing). */
  readonly dataDir: string;
  readonly tokens: TeamTokens;
  /** redis://host:port: instances with the same Redis serve the same documents together. */
  readonly redisUrl?: string;
  /** No start screen and no connection log (tests). */
  readonly quiet?: boolean;
}

export interface RunningTeamServer {
  /** ws://address:port */
  readonly url: string;
  readonly port: number;
  /** The document as the server holds it in memory now (undefined when not loaded). */
  loadedDocument(name: string): Y.Doc | undefined;
  /** Closes every connection, stores every document and closes the SQLite file. */
  stop(): Promise<void>;
}

export const TEAM_DATABASE_FILE = 'team-documents.sqlite';

/** Redis options from a redis:// URL (host, port, user, password, database number). */
export function redisOptions(url: string): { readonly host: string; readonly port: number; readonly options: { username?: string; password?: string; db?: number } } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error(`The Redis address must start with redis:// (got ${url}).`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
    },
  };
}

export async function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer> {
  await mkdir(options.dataDir, { recursive: true });
  const extensions: Extension[] = [new TeamDocumentStore(join(options.dataDir, TEAM_DATABASE_FILE))];
  if (options.redisUrl) extensions.push(new Redis(redisOptions(options.redisUrl)));
  const server = new Server({
    port: options.port,
    address: options.address ?? '127.0.0.1',
    quiet: options.quiet ?? false,
    stopOnSignals: false,
    extensions,
    onAuthenticate: async (data) => {
      const member = authorizeTeamMember(options.tokens, data.token, data.documentName);
      // Hocuspocus then applies none of this connection's updates (and says so to the client).
      data.connectionConfig.readOnly = member.readOnly;
      return { user: member.user, team: member.team };
    },
  });
  await server.listen();
  const port = server.address.port;
  return {
    url: `ws://${options.address ?? '127.0.0.1'}:${port}`,
    port,
    loadedDocument: (name) => server.hocuspocus.documents.get(name),
    stop: () => server.destroy(),
  };
}
