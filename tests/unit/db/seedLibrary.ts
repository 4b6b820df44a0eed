// Test libraries built through the app's own renderer/db/ functions, and a comparable view of
// one: the analyst-visible content of every table, without what only records when or how often.
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { createAnnotation, type Annotation } from '../../../shared/model';
import type { WorkbenchDatabase } from '../../../renderer/db/database';
import { addSourceFromDraft } from '../../../renderer/db/library';
import type { SourceRecord } from '../../../renderer/db/database';

export const ARTICLE_TEXTS: readonly string[] = [
  'Baku said on Monday that drones crossed into Nakhchivan from the south. Tehran denied any part in it and called for calm. ' +
    'The ministry added that an investigation had begun, and that the airport was closed for two hours.',
  'Officials in Tehran announced talks with their neighbours next week. A spokesman said the border would stay open; ' +
    'observers doubted it. Later the foreign minister phoned his counterpart to discuss the incident.',
];

export async function seedArticles(database: WorkbenchDatabase, texts: readonly string[] = ARTICLE_TEXTS): Promise<SourceRecord[]> {
  const sources: SourceRecord[] = [];
  for (const text of texts) {
    const outcome = await addSourceFromDraft(await draftFromPlainText(text, 'paste'), database);
    sources.push(outcome.status === 'added' ? outcome.source : outcome.existing);
  }
  return sources;
}

/** A claim on "Baku" in the given article, for tests that count or delete annotations. */
export function annotationFor(sourceId: string, id: string, sourceHash: string): Annotation {
  return createAnnotation({
    id,
    source: { id: sourceId, textHash: sourceHash },
    placement: { quote: { exact: 'Baku', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
    kind: 'claim',
    author: 'Analyst',
    fields: { actor: 'Baku', target: 'Iran', eventDate: { value: '2026-03-05', precision: 'day' }, credibility: 2 },
  });
}

export async function clearLibrary(database: WorkbenchDatabase): Promise<void> {
  await Promise.all(database.tables.map((table) => table.clear()));
}

/** Drops the listed keys, at any depth. */
function without(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, keys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, v]) => !keys.has(key) && v !== undefined)
        .map(([key, v]) => [key, without(v, keys)]),
    );
  }
  return value;
}

/**
 * What "the same library" means: every record of every table the analyst works with, in id
 * order, without the bookkeeping that moves forward on every change by design (revision,
 * update times, who edited last) or that records when the app checked or imported something.
 */
export const BOOKKEEPING: ReadonlySet<string> = new Set(['revision', 'updatedAt', 'editedBy', 'checkedAt', 'importedAt', 'detectedAt']);

export async function comparableLibrary(database: WorkbenchDatabase, ignored: ReadonlySet<string> = BOOKKEEPING): Promise<Record<string, unknown[]>> {
  const byId = <T extends { readonly id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => a.id.localeCompare(b.id));
  const conflicts = await database.conflicts.toArray();
  return {
    sources: without(byId(await database.sources.toArray()), ignored) as unknown[],
    sourceTexts: byId(await database.sourceTexts.toArray()),
    annotations: without(byId(await database.annotations.toArray()), ignored) as unknown[],
    links: byId(await database.links.toArray()),
    dossiers: without(byId(await database.dossiers.toArray()), ignored) as unknown[],
    // A conflict found again gets a new id; what it is about is the annotation and both versions.
    conflicts: without(
      conflicts.map(({ id: _id, ...rest }) => rest).sort((a, b) => ('annotationId' in a ? a.annotationId : '').localeCompare('annotationId' in b ? b.annotationId : '')),
      ignored,
    ) as unknown[],
  };
}
