// Matches a file's sources to the library's by text hash, the only identity two copies of an
// article share. Same URL or title with another text is another version, kept beside the first.
import { hasText, type ExchangeSource, type LibrarySource } from './format';
import type { ImportUndo, SourceVersionEntry } from './mergeReport';
import type { PlacementTarget } from './reanchor';

/** Where the annotations made on one text of the file go. */
export type SourceResolution =
  | { readonly kind: 'placed'; readonly target: PlacementTarget; readonly title: string }
  | { readonly kind: 'missing'; readonly title: string };

export interface SourceMergeResult {
  readonly byHash: ReadonlyMap<string, SourceResolution>;
  readonly sourcesToPut: readonly LibrarySource[];
  readonly sourcesAdded: readonly { readonly sourceId: string; readonly title: string }[];
  readonly sourceVersions: readonly SourceVersionEntry[];
  readonly undo: Pick<ImportUndo, 'sourceIdsAdded' | 'sourcesReplaced'>;
}

export interface SourceMergeOptions {
  readonly now: string;
  readonly newId: () => string;
  readonly keepSourcesWithoutText: boolean;
}

/** URLs compared without fragment, trailing slash or case: the same article linked two ways. */
export function normalisedUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
}

function normalisedTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The library's other version of an article: same URL first, then same title; the latest import wins ties. */
export function findOtherVersion(
  sources: readonly LibrarySource[],
  wanted: Pick<ExchangeSource, 'url' | 'title' | 'textHash'>,
): { readonly source: LibrarySource; readonly matchedBy: 'url' | 'title' } | null {
  const newestFirst = [...sources].filter((s) => s.textHash !== wanted.textHash).sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  if (wanted.url !== '') {
    const byUrl = newestFirst.find((s) => s.url !== '' && normalisedUrl(s.url) === normalisedUrl(wanted.url));
    if (byUrl) return { source: byUrl, matchedBy: 'url' };
  }
  const byTitle = newestFirst.find((s) => normalisedTitle(s.title) === normalisedTitle(wanted.title));
  return byTitle ? { source: byTitle, matchedBy: 'title' } : null;
}

export function mergeSources(local: readonly LibrarySource[], incoming: readonly ExchangeSource[], options: SourceMergeOptions): SourceMergeResult {
  const localByHash = new Map(local.map((s) => [s.textHash, s] as const));
  const takenIds = new Set(local.map((s) => s.id));
  const byHash = new Map<string, SourceResolution>();
  const sourcesToPut: LibrarySource[] = [];
  const sourcesAdded: { sourceId: string; title: string }[] = [];
  const sourceVersions: SourceVersionEntry[] = [];
  const sourceIdsAdded: string[] = [];
  const sourcesReplaced: LibrarySource[] = [];

  for (const source of incoming) {
    const same = localByHash.get(source.textHash);
    if (same) {
      // The CLI's libraries may lack a text that this file carries, and a library that got the
      // article from a text file lacks its pages: fill them in.
      const withText = !hasText(same) && hasText(source) ? { ...same, text: source.text } : same;
      const filled = !withText.pageStarts?.length && source.pageStarts?.length ? { ...withText, pageStarts: source.pageStarts } : withText;
      if (filled !== same) {
        sourcesToPut.push(filled);
        sourcesReplaced.push(same);
      }
      byHash.set(source.textHash, { kind: 'placed', target: filled, title: same.title });
      continue;
    }
    const other = findOtherVersion(local, source);
    if (!hasText(source) && other && hasText(other.source)) {
      // Only metadata travelled: the annotations are found again in the library's version.
      byHash.set(source.textHash, { kind: 'placed', target: other.source, title: other.source.title });
      continue;
    }
    if (!hasText(source) && !options.keepSourcesWithoutText) {
      byHash.set(source.textHash, { kind: 'missing', title: source.title });
      continue;
    }
    // A random UUID collides only when someone reuses an id on purpose; a fresh id keeps both records.
    const id = takenIds.has(source.id) ? options.newId() : source.id;
    takenIds.add(id);
    const added: LibrarySource = { ...source, id, origin: 'shared', importedAt: options.now };
    localByHash.set(added.textHash, added);
    sourcesToPut.push(added);
    sourceIdsAdded.push(id);
    sourcesAdded.push({ sourceId: id, title: added.title });
    if (other) {
      sourceVersions.push({ sourceId: id, title: added.title, otherSourceId: other.source.id, otherTitle: other.source.title, matchedBy: other.matchedBy });
    }
    byHash.set(source.textHash, { kind: 'placed', target: added, title: added.title });
  }
  // Annotations may also name a text the library has though the file lists no source for it
  // (W3C and Hypothesis imports arrive that way).
  for (const source of local) {
    if (!byHash.has(source.textHash)) byHash.set(source.textHash, { kind: 'placed', target: source, title: source.title });
  }
  return { byHash, sourcesToPut, sourcesAdded, sourceVersions, undo: { sourceIdsAdded, sourcesReplaced } };
}
