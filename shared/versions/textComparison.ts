// What changed between two versions of an article, word by word (the `diff` package's
// diffWordsWithSpace), as plain segments the comparison view renders as text.
import { diffWordsWithSpace } from 'diff';

export interface ComparisonSegment {
  readonly change: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface Comparison {
  readonly segments: readonly ComparisonSegment[];
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function compareVersions(older: string, newer: string): Comparison {
  const segments: ComparisonSegment[] = diffWordsWithSpace(older, newer).map((part) => ({
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
  return {
    segments,
    wordsAdded: segments.filter((s) => s.change === 'added').reduce((n, s) => n + countWords(s.text), 0),
    wordsRemoved: segments.filter((s) => s.change === 'removed').reduce((n, s) => n + countWords(s.text), 0),
  };
}
