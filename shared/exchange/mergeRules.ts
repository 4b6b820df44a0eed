// When the library and a shared file hold the same annotation in different versions: which one
// descends from the other, or whether both were edited. The rules are written up, with examples,
// in docs/exchange-format.md ("Merge rules"); keep the two in step.
import type { Annotation } from '../model/annotation';

export type MergeDecision =
  /** Same content: nothing to do. */
  | 'identical'
  /** The file's version descends from the library's: it replaces it. */
  | 'incoming'
  /** The library's version descends from the file's, or is newer: it stays. */
  | 'local'
  /** Both were edited since they last agreed: both are kept for the analyst. */
  | 'conflict';

export interface MergeParties {
  /** Who exported the incoming file. */
  readonly incomingExporter: string;
  /** The analyst whose library this is (the app's analyst name; for the CLI, the first file's exporter). */
  readonly localAnalyst: string;
}

/**
 * The fields an analyst edits. The passage counts only when both versions sit on the same text;
 * over different versions of a text, offsets differ without anyone having edited anything.
 */
export function sameContent(a: Annotation, b: Annotation): boolean {
  const samePassage =
    a.sourceHash !== b.sourceHash ||
    (a.quote.exact === b.quote.exact &&
      a.quote.prefix === b.quote.prefix &&
      a.quote.suffix === b.quote.suffix &&
      a.position.start === b.position.start &&
      a.position.end === b.position.end);
  return (
    samePassage &&
    a.kind === b.kind &&
    a.actor === b.actor &&
    a.target === b.target &&
    a.eventDate.value === b.eventDate.value &&
    a.eventDate.precision === b.eventDate.precision &&
    a.credibility === b.credibility &&
    a.note === b.note &&
    a.noteText === b.noteText &&
    a.author === b.author &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}

/**
 * Revision numbers only order versions along one line of copies: two analysts who each edit
 * revision 3 both reach revision 4. So a version counts as descending from the other only on
 * evidence from provenance (who a copy came from, and at which revision); without provenance on
 * either side both are the same analyst's copies, and revision then update time decide.
 */
export function decideAnnotationMerge(local: Annotation, incoming: Annotation, parties: MergeParties): MergeDecision {
  if (sameContent(local, incoming)) return 'identical';
  if (!local.provenance && !incoming.provenance) return byRevisionAndTime(local, incoming);
  // The analyst's own annotation (no provenance) is also known by its author's name.
  const localOwners = names(parties.localAnalyst, local.provenance ? '' : local.author);
  const incomingOwners = names(parties.incomingExporter);
  const incomingDescends = descendsFrom(incoming, local, incomingOwners, localOwners);
  const localDescends = descendsFrom(local, incoming, localOwners, incomingOwners);
  if (incomingDescends && !localDescends) return 'incoming';
  if (localDescends && !incomingDescends) return 'local';
  return 'conflict';
}

function names(...candidates: string[]): string[] {
  return candidates.filter((name) => name.trim() !== '');
}

/** True when `later` was made from `earlier` as it is now; the owners are the people holding each. */
function descendsFrom(later: Annotation, earlier: Annotation, laterOwners: readonly string[], earlierOwners: readonly string[]): boolean {
  // `later` was taken from `earlier`'s owner when that copy was already at `earlier`'s revision.
  if (later.provenance && earlierOwners.includes(later.provenance.exportedBy) && later.provenance.importedRevision >= earlier.revision) {
    return true;
  }
  // `earlier` came from `later`'s owner and is unedited since; that owner's copy only moves forward.
  return (
    earlier.provenance !== undefined &&
    laterOwners.includes(earlier.provenance.exportedBy) &&
    earlier.revision === earlier.provenance.importedRevision &&
    later.revision >= earlier.revision
  );
}

/** One analyst's own copies: the higher revision wins when its update time agrees; otherwise ask. */
function byRevisionAndTime(local: Annotation, incoming: Annotation): MergeDecision {
  if (local.revision === incoming.revision) return 'conflict';
  const [newer, older] = incoming.revision > local.revision ? [incoming, local] : [local, incoming];
  if (newer.updatedAt < older.updatedAt) return 'conflict';
  return newer === incoming ? 'incoming' : 'local';
}
