// Where a passage of the earlier text is likely to be in the new one: the two texts compared line
// by line (the `diff` package's diffLines), each unchanged line mapping offsets one to one. It
// lets re-anchoring look beside a passage's new place first, instead of searching the whole text
// for each of thousands of annotations (see placeNearMapped in newVersionPlan.ts).
import { diffLines } from 'diff';

interface Run {
  readonly oldStart: number;
  readonly newStart: number;
  readonly length: number;
}

export interface OffsetMap {
  /** The offset in the new text where `oldOffset` of the earlier text went (approximate inside changed lines). */
  readonly toNew: (oldOffset: number) => number;
}

export function mapOffsets(oldText: string, newText: string): OffsetMap {
  const runs: Run[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const part of diffLines(oldText, newText)) {
    const length = part.value.length;
    if (part.added) newAt += length;
    else if (part.removed) oldAt += length;
    else {
      runs.push({ oldStart: oldAt, newStart: newAt, length });
      oldAt += length;
      newAt += length;
    }
  }
  return {
    toNew: (oldOffset) => {
      // The last unchanged run starting at or before the offset; inside it the offset maps exactly.
      let low = 0;
      let high = runs.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if ((runs[middle]?.oldStart ?? 0) <= oldOffset) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      const run = runs[found];
      if (!run) return Math.min(oldOffset, newText.length);
      return Math.min(run.newStart + Math.min(oldOffset - run.oldStart, run.length), newText.length);
    },
  };
}
