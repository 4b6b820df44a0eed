// The local library in IndexedDB, through Dexie. Schema versions and how each upgrades the
// one before are written up in docs/storage.md; never edit a released version's stores.
import Dexie, { type Table } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { AnnotationConflict, ImportReport, ImportUndo } from '../../shared/exchange';
import type { Actor, Annotation, AnnotationLink, Dossier, Source } from '../../shared/model';
import type { IndexSnapshot } from '../../shared/search/libraryIndex';
import type { SourceVersion } from '../../shared/versions';
import type { TeamRecordConflict } from '../../shared/sync/teamRecordConflicts';
import { watchCommittedWrites } from './committedWrites';

/** A source without its text: what lists and indexes need. The text lives in `sourceTexts`. */
export type SourceRecord = Omit<Source, 'text'>;

export interface SourceText {
  readonly id: string;
  readonly text: string;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** One shared-file import: its report, and what to take back to undo it. */
export interface ImportRecord {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly report: ImportReport;
  readonly undo: ImportUndo;
  readonly undone: boolean;
}

/** The saved search index, with what it was built from (see renderer/workers/searchWorker.ts). */
export interface SearchIndexRecord {
  readonly key: string;
  readonly formatVersion: number;
  readonly savedAt: string;
  readonly snapshot: IndexSnapshot;
  /** Record id → the version of it the index holds (`updatedAt`, revision, position). */
  readonly signatures: Readonly<Record<string, string>>;
}

/** The file an article was imported from (PDF, Word), kept whole so it can be saved again and its pages drawn. */
export interface SourceFileRecord {
  /** The source's id. */
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly blob: Blob;
}

/** Where each page of a paged source begins in its text (UTF-16 offsets, page 1 first). */
export interface SourcePagesRecord {
  /** The source's id. */
  readonly id: string;
  readonly pageStarts: readonly number[];
}

export const DATABASE_NAME = 'dossier-workbench';

/** Version 1 stores. Kept verbatim so upgrade tests can build a real v1 database. */
export const SCHEMA_V1 = {
  sources: 'id, &textHash, title, publishedDate, importedAt, publisher, *tags',
  sourceTexts: 'id',
  annotations: 'id, sourceId, kind, actor, updatedAt, *tags',
  links: 'id, fromId, toId',
  dossiers: 'id, updatedAt',
  settings: 'key',
} as const;

/** Version 2 adds merge conflicts and the import log (for undo); version-1 data carries over as is. */
export const SCHEMA_V2 = {
  conflicts: 'id, annotationId, detectedAt',
  imports: 'id, importedAt',
} as const;

/**
 * Version 3 drops the annotation indexes nothing queries (kind, updatedAt, tags): each cost a
 * write per annotation saved, and an import of 20,000 annotations paid for all of them. No
 * record changes; a later feature that filters by kind or tag adds its index back.
 */
export const SCHEMA_V3 = {
  annotations: 'id, sourceId, actor',
} as const;

/**
 * Version 4 drops the source indexes nothing queries (title, publishedDate, importedAt,
 * publisher, tags): the library list sorts and filters in memory, and search keeps its own
 * index. Only `textHash` (unique: it finds duplicates) stays. No record changes.
 */
export const SCHEMA_V4 = {
  sources: 'id, &textHash',
} as const;

/**
 * Version 5 adds `searchIndex`: the library's search index as the search worker saved it (one
 * record, keyed `library`), so a start does not rebuild it. Derived data only: losing it costs a
 * rebuild, never a record. No existing record changes.
 */
export const SCHEMA_V5 = {
  searchIndex: 'key',
} as const;

/**
 * Version 6 adds actor records (display names, aliases, merges: the Actors view) and the alias
 * suggestions the analyst dismissed, and two annotation indexes the Actors tab counts with
 * (`[actor+kind]`, `target`): counting 50,000 annotations by index takes a few requests, reading
 * them takes seconds. Annotation records are untouched: they keep the names they carry.
 */
export const SCHEMA_V6 = {
  annotations: 'id, sourceId, actor, [actor+kind], target',
  actors: 'id, mergedInto',
  aliasDismissals: 'key',
} as const;

/** A suggested alias the analyst dismissed: the two names, in `dismissalKey` form. */
export interface AliasDismissal {
  readonly key: string;
  readonly dismissedAt: string;
}

/**
 * Version 8 adds the original files of imported PDF and Word articles and the page starts of
 * PDF articles, each keyed by source id (no index: always read by key). Nothing else changes.
 */
export const SCHEMA_V8 = {
  sourceFiles: 'id',
  sourcePages: 'id',
} as const;

/**
 * Version 9 (the number allotted to article versions) adds `sourceVersions`: the earlier texts of
 * articles that received a new version, keyed by article and text hash. No record changes.
 */
export const SCHEMA_V9 = {
  sourceVersions: '[sourceId+textHash], sourceId, textHash',
} as const;

/** A record of the `conflicts` table: an annotation's two versions, or a team record's disagreeing registers. */
export type StoredConflict = AnnotationConflict | TeamRecordConflict;

/** A team library's synced document, by its name on the team server (`team:<team>`, docs/sync.md). */
export interface TeamDocRecord {
  readonly name: string;
  /** Kept by y-dexie as a series of Yjs updates in a table of its own; load it with DexieYProvider. */
  readonly doc: Y.Doc;
}

/**
 * Version 12 (the number allotted to team sync) adds `teamDocs`: one row per team document, its
 * Y.Doc stored by the y-dexie addon (`doc: Y.Doc`). Nothing else changes.
 */
export const SCHEMA_V12 = {
  teamDocs: 'name, doc: Y.Doc',
} as const;

export class WorkbenchDatabase extends Dexie {
  sources!: Table<SourceRecord, string>;
  sourceTexts!: Table<SourceText, string>;
  annotations!: Table<Annotation, string>;
  links!: Table<AnnotationLink, string>;
  dossiers!: Table<Dossier, string>;
  settings!: Table<SettingRecord, string>;
  /** Shared-file and team annotation conflicts, and team record conflicts (`kind: 'teamRecord'`, docs/sync.md). */
  conflicts!: Table<StoredConflict, string>;
  imports!: Table<ImportRecord, string>;
  searchIndex!: Table<SearchIndexRecord, string>;
  actors!: Table<Actor, string>;
  aliasDismissals!: Table<AliasDismissal, string>;
  sourceFiles!: Table<SourceFileRecord, string>;
  sourcePages!: Table<SourcePagesRecord, string>;
  sourceVersions!: Table<SourceVersion, [string, string]>;
  /** Added with its name only: y-dexie gives every row its `doc`. */
  teamDocs!: Table<TeamDocRecord, string, Pick<TeamDocRecord, 'name'>>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // y-dexie reads `doc: Y.Doc` in version 12's stores; without it Dexie would take it for an index.
    super(name, { ...options, addons: [yDexie, ...(options?.addons ?? [])] });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(8).stores(SCHEMA_V8);
    this.version(9).stores(SCHEMA_V9);
    this.version(12).stores(SCHEMA_V12);
    // Team sync and the search index hear of the library's own writes through this
    // (committedWrites.ts); a table's writes pass straight through until someone listens to it.
    watchCommittedWrites(this);
  }
}

export const db = new WorkbenchDatabase();
