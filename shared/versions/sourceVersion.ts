// An earlier text of an article, kept when a new version replaces it: the record the
// `sourceVersions` table stores and the shared file carries (docs/storage.md, docs/exchange-format.md).
import { z } from 'zod';
import { MAX_TITLE_LENGTH, sourceSchema } from '../model/source';

export const sourceVersionSchema = z.object({
  sourceId: sourceSchema.shape.id,
  /** SHA-256 of this version's normalised text: what annotations made on it name as `sourceHash`. */
  textHash: sourceSchema.shape.textHash,
  text: sourceSchema.shape.text,
  /** The article's title while this version was current. */
  title: z.string().max(MAX_TITLE_LENGTH),
  /** When this version became the article's text. */
  importedAt: z.iso.datetime(),
  /** When a newer version replaced it. */
  replacedAt: z.iso.datetime(),
});

export type SourceVersion = Readonly<z.infer<typeof sourceVersionSchema>>;

/** One line of an article's version list, oldest first; the last is the current text. */
export interface VersionListing {
  /** 1 for the text first imported. */
  readonly number: number;
  readonly textHash: string;
  readonly importedAt: string;
  readonly current: boolean;
}

/** The article's versions in order, numbered from 1: the earlier ones, then the current text. */
export function listVersions(
  earlier: readonly Pick<SourceVersion, 'textHash' | 'importedAt'>[],
  current: { readonly textHash: string; readonly importedAt: string },
): VersionListing[] {
  const ordered = [...earlier].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  const listing: VersionListing[] = ordered.map((v, index) => ({ number: index + 1, textHash: v.textHash, importedAt: v.importedAt, current: false }));
  listing.push({ number: listing.length + 1, textHash: current.textHash, importedAt: current.importedAt, current: true });
  return listing;
}

/** When the current text became current: the latest replacement, or the article's import. */
export function currentVersionSince(sourceImportedAt: string, earlier: readonly Pick<SourceVersion, 'replacedAt'>[]): string {
  return earlier.reduce((latest, v) => (v.replacedAt > latest ? v.replacedAt : latest), sourceImportedAt);
}
