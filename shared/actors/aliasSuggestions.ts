// Likely aliases for the analyst to accept or dismiss: the same name in another script or
// spelling, a name contained in another ("Pezeshkian" in "Masoud Pezeshkian"), or a near miss
// ("Masouz" for "Masoud"). Nothing here merges anything; it only proposes pairs.
import { distance } from 'fastest-levenshtein';
import { foldedName, nameKey } from './actorNames';

export type SuggestionReason = 'transliteration' | 'contained' | 'similar';

/** What the suggester needs of an actor: its key, shown name, every name, and how much it is used. */
export interface SuggestionCandidate {
  readonly key: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly total: number;
}

export interface AliasSuggestion {
  /** The actor to keep (the more used one): the other is merged into it on "Accept". */
  readonly keep: SuggestionCandidate;
  readonly merge: SuggestionCandidate;
  readonly reason: SuggestionReason;
  /** The two names that matched. */
  readonly names: readonly [string, string];
  /** 0..1, higher first. */
  readonly score: number;
}

/** Whole-name similarity (1 − edits / longer length) from which two names are suggested. */
const SIMILAR_FROM = 0.85;
/** Shorter folded names are too easily alike ("Iran", "IRNA"). */
const SIMILAR_MIN_LENGTH = 6;
/** The suggester compares every pair: at most this many actors, the most used. */
const MAX_CANDIDATES = 500;

/** The key a dismissal is stored under: the two names, whichever order they come in. */
export function dismissalKey(a: string, b: string): string {
  const [first, second] = [nameKey(a), nameKey(b)].sort();
  return `${first}\u0000${second}`;
}

/**
 * Two words for the same thing: equal, or one letter apart in words of five letters or more,
 * unless one is the start of the other ("Iran"/"Iranian" is a country and its adjective).
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || a.startsWith(b) || b.startsWith(a)) return false;
  return distance(a, b) <= 1;
}

/** Every word of the shorter name is a word of the longer, which has more of them. */
function contained(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length === 0 || shorter.length >= longer.length) return false;
  if (!shorter.some((w) => w.length >= 4)) return false;
  return shorter.every((w) => longer.some((v) => sameWord(w, v)));
}

interface Folded {
  readonly name: string;
  readonly folded: string;
  readonly words: readonly string[];
}

function compare(a: Folded, b: Folded): { readonly reason: SuggestionReason; readonly score: number } | null {
  if (!a.folded || !b.folded) return null;
  if (a.folded === b.folded) return { reason: 'transliteration', score: 1 };
  if (contained(a.words, b.words) || contained(b.words, a.words)) return { reason: 'contained', score: 0.9 };
  const longest = Math.max(a.folded.length, b.folded.length);
  if (longest < SIMILAR_MIN_LENGTH || Math.abs(a.folded.length - b.folded.length) > longest * (1 - SIMILAR_FROM)) return null;
  const score = 1 - distance(a.folded, b.folded) / longest;
  return score >= SIMILAR_FROM ? { reason: 'similar', score } : null;
}

/** Pairs of actors that are probably one, best first, leaving out pairs the analyst dismissed. */
export function suggestAliases(candidates: readonly SuggestionCandidate[], dismissed: ReadonlySet<string>): AliasSuggestion[] {
  const chosen = [...candidates].sort((a, b) => b.total - a.total).slice(0, MAX_CANDIDATES);
  const folded = chosen.map((c) => c.names.map((name): Folded => {
    const f = foldedName(name);
    return { name, folded: f, words: f ? f.split(' ') : [] };
  }));
  const suggestions: AliasSuggestion[] = [];
  for (let i = 0; i < chosen.length; i += 1) {
    for (let j = i + 1; j < chosen.length; j += 1) {
      const a = chosen[i];
      const b = chosen[j];
      if (!a || !b || dismissed.has(dismissalKey(a.name, b.name))) continue;
      let best: { reason: SuggestionReason; score: number; names: [string, string] } | null = null;
      for (const x of folded[i] ?? []) {
        for (const y of folded[j] ?? []) {
          const match = compare(x, y);
          if (match && (!best || match.score > best.score)) best = { ...match, names: [x.name, y.name] };
        }
      }
      if (!best) continue;
      // Keep the more used actor; at equal use, the longer (fuller) name.
      const keepA = a.total > b.total || (a.total === b.total && a.name.length >= b.name.length);
      suggestions.push({ keep: keepA ? a : b, merge: keepA ? b : a, reason: best.reason, names: best.names, score: best.score });
    }
  }
  return suggestions.sort((x, y) => y.score - x.score || y.keep.total + y.merge.total - (x.keep.total + x.merge.total));
}
