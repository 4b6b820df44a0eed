// Reads and writes of dossiers: their title-page fields and their ordered items, and the records a
// dossier quotes, loaded together for the composer, the print view and the shared-file export.
import type { LibrarySnapshot } from '../../shared/exchange';
import {
  dossierSchema,
  newId,
  nowIso,
  type Annotation,
  type AnnotationLink,
  type Dossier,
  type DossierItem,
} from '../../shared/model';
import { linksOf } from './annotations';
import { checkedAdd, checkedPut } from './checkedWrite';
import { db, type SourceRecord, type WorkbenchDatabase } from './database';
import { withStorageErrors } from './storageErrors';

/** The fields of a dossier's title page. */
export type DossierFields = Pick<Dossier, 'title' | 'subtitle' | 'author' | 'handling' | 'summary'>;

/** A dossier with every record it shows: its annotations, those its links point at, their sources. */
export interface DossierContent {
  readonly dossier: Dossier;
  /** The dossier's annotations and the far ends of their links; a deleted one is simply absent. */
  readonly annotations: ReadonlyMap<string, Annotation>;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  /** Links with at least one end among the dossier's annotations. */
  readonly links: readonly AnnotationLink[];
}

export function newDossier(fields: Partial<DossierFields> & Pick<DossierFields, 'title'>): Dossier {
  const now = nowIso();
  return dossierSchema.parse({
    id: newId(),
    subtitle: '',
    author: '',
    handling: '',
    summary: '',
    ...fields,
    title: fields.title.trim(),
    items: [],
    createdAt: now,
    updatedAt: now,
  });
}

const DOSSIER = 'dossier';

/** Stores a new dossier, or brings a deleted one back as it was. */
export async function putDossier(dossier: Dossier, database: WorkbenchDatabase = db): Promise<void> {
  await withStorageErrors(() => database.transaction('rw', database.dossiers, () => checkedPut(database.dossiers, dossierSchema, [dossier], DOSSIER)));
}

async function requireDossier(id: string, database: WorkbenchDatabase): Promise<Dossier> {
  const dossier = await database.dossiers.get(id);
  if (!dossier) throw new Error('This dossier is no longer in the library.');
  return dossier;
}

/** Changes title-page fields; returns the dossier as it was before. */
export async function updateDossierFields(id: string, changes: Partial<DossierFields>, database: WorkbenchDatabase = db): Promise<Dossier> {
  return withStorageErrors(() =>
    database.transaction('rw', database.dossiers, async () => {
      const before = await requireDossier(id, database);
      // Parsing refuses an empty title or an over-long field before anything is stored.
      await checkedPut(database.dossiers, dossierSchema, [{ ...before, ...changes, updatedAt: nowIso() }], DOSSIER);
      return before;
    }),
  );
}

export interface ItemsChange {
  readonly before: readonly DossierItem[];
  readonly after: readonly DossierItem[];
}

/** Replaces the items with `change(items)` in one transaction, so concurrent edits cannot interleave. */
export async function modifyDossierItems(
  id: string,
  change: (items: readonly DossierItem[]) => readonly DossierItem[],
  database: WorkbenchDatabase = db,
): Promise<ItemsChange> {
  return withStorageErrors(() =>
    database.transaction('rw', database.dossiers, async () => {
      const dossier = await requireDossier(id, database);
      const after = change(dossier.items);
      // Only a real change is written: an unchanged dossier keeps its update time, which the
      // shared-file merge compares.
      if (after !== dossier.items && JSON.stringify(after) !== JSON.stringify(dossier.items)) await checkedPut(database.dossiers, dossierSchema, [{ ...dossier, items: [...after], updatedAt: nowIso() }], DOSSIER);
      return { before: dossier.items, after };
    }),
  );
}

export async function deleteDossier(id: string, database: WorkbenchDatabase = db): Promise<Dossier> {
  return withStorageErrors(() =>
    database.transaction('rw', database.dossiers, async () => {
      const dossier = await requireDossier(id, database);
      await database.dossiers.delete(id);
      return dossier;
    }),
  );
}

/** A copy under a new title; items get new ids so the two dossiers never share one. */
export async function duplicateDossier(id: string, title: string, database: WorkbenchDatabase = db): Promise<Dossier> {
  return withStorageErrors(() =>
    database.transaction('rw', database.dossiers, async () => {
      const original = await requireDossier(id, database);
      const now = nowIso();
      const copy: Dossier = {
        ...original,
        id: newId(),
        title,
        items: original.items.map((item) => ({ ...item, id: newId() })),
        createdAt: now,
        updatedAt: now,
      };
      await checkedAdd(database.dossiers, dossierSchema, [copy], DOSSIER);
      return copy;
    }),
  );
}

/** The annotation ids a stored dossier quotes, or none when it is gone. */
export async function storedPassageIds(id: string, database: WorkbenchDatabase = db): Promise<ReadonlySet<string>> {
  return new Set(passageAnnotationIds((await database.dossiers.get(id))?.items ?? []));
}

export function passageAnnotationIds(items: readonly DossierItem[]): string[] {
  return items.flatMap((item) => (item.type === 'passage' ? [item.annotationId] : []));
}

export async function loadDossierContent(id: string, database: WorkbenchDatabase = db): Promise<DossierContent | null> {
  return database.transaction('r', [database.dossiers, database.annotations, database.links, database.sources], async () => {
    const dossier = await database.dossiers.get(id);
    if (!dossier) return null;
    const ids = [...new Set(passageAnnotationIds(dossier.items))];
    const links = await linksOf(ids, database);
    const inDossier = new Set(ids);
    const farEnds = [...new Set(links.flatMap((l) => [l.fromId, l.toId]).filter((other) => !inDossier.has(other)))];
    const annotations = (await database.annotations.bulkGet([...ids, ...farEnds])).filter((a): a is Annotation => a !== undefined);
    const sourceIds = [...new Set(annotations.map((a) => a.sourceId))];
    const sources = (await database.sources.bulkGet(sourceIds)).filter((s): s is SourceRecord => s !== undefined);
    return {
      dossier,
      annotations: new Map(annotations.map((a) => [a.id, a])),
      sources: new Map(sources.map((s) => [s.id, s])),
      links,
    };
  });
}

/**
 * The part of the library a dossier's shared file needs: the dossier, the annotations it quotes,
 * their sources with texts (so a colleague can read and re-anchor them) and the links between them.
 * The exchange module's `selectForExport` closes it over exactly what the file may carry.
 */
export async function loadDossierSnapshot(id: string, database: WorkbenchDatabase = db): Promise<LibrarySnapshot | null> {
  return database.transaction('r', [database.dossiers, database.annotations, database.links, database.sources, database.sourceTexts], async () => {
    const dossier = await database.dossiers.get(id);
    if (!dossier) return null;
    const ids = [...new Set(passageAnnotationIds(dossier.items))];
    const annotations = (await database.annotations.bulkGet(ids)).filter((a): a is Annotation => a !== undefined);
    const sourceIds = [...new Set(annotations.map((a) => a.sourceId))];
    const [records, texts, links] = await Promise.all([
      database.sources.bulkGet(sourceIds),
      database.sourceTexts.bulkGet(sourceIds),
      linksOf(ids, database),
    ]);
    const sources = records.flatMap((record, index) => (record ? [{ ...record, text: texts[index]?.text }] : []));
    return { sources, annotations, links, dossiers: [dossier], conflicts: [] };
  });
}

/** Every dossier, the most recently changed first. */
export async function listDossiersByRecent(database: WorkbenchDatabase = db): Promise<Dossier[]> {
  return database.dossiers.orderBy('updatedAt').reverse().toArray();
}

export async function getDossier(id: string, database: WorkbenchDatabase = db): Promise<Dossier | undefined> {
  return database.dossiers.get(id);
}
