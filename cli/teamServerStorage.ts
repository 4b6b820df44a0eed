// Where the team server keeps its documents: one SQLite file, through Hocuspocus's SQLite
// extension, with each write awaited and the file closed on shutdown, so a restarted server (or
// a test reading the file next) loads exactly what was stored.
import { SQLite, schema, upsertQuery } from '@hocuspocus/extension-sqlite';

export class TeamDocumentStore extends SQLite {
  constructor(file: string) {
    super({ database: file });
    // The extension's own store does not wait for SQLite: a shutdown right after could lose it.
    this.configuration.store = async ({ documentName, state }): Promise<void> => {
      await this.run(upsertQuery, { $name: documentName, $data: state });
    };
  }

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    // The extension creates the table without waiting; the first fetch must find it.
    await this.run(schema, {});
  }

  async onDestroy(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (!db) return;
    await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  }

  private run(sql: string, parameters: Readonly<Record<string, unknown>>): Promise<void> {
    const db = this.db;
    if (!db) return Promise.reject(new Error('The team server storage is closed.'));
    return new Promise((resolve, reject) => db.run(sql, parameters, (error: Error | null) => (error ? reject(error) : resolve())));
  }
}
