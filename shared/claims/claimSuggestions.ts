// Suggested answers: a denial and a claim that are not linked yet but look like they belong
// together (the same actor or target, words in common). Bounded for a 50,000-annotation
// library: claims are indexed by party and by word, a word that many claims share is no
// evidence and is skipped, and each denial keeps only its best few candidates.
import type { Annotation, AnnotationLink } from '../model';

export interface ClaimSuggestion {
  readonly claim: Annotation;
  readonly denial: Annotation;
  /** Higher is likelier. */
  readonly score: number;
  /** Why, in words: "same actor", "same target", "shared words: drone, airport". */
  readonly reasons: readonly string[];
}

export interface SuggestionLimits {
  /** Candidates kept per denial. */
  readonly perDenial: number;
  readonly total: number;
  /** A word in more claims than this says nothing about which claim a denial answers. */
  readonly commonWord: number;
}

const LIMITS: SuggestionLimits = { perDenial: 3, total: 200, commonWord: 50 };
const MIN_SCORE = 3;
const WORD = /[\p{L}\p{N}]{4,}/gu;
const STOP_WORDS = new Set(['that', 'this', 'with', 'from', 'have', 'were', 'said', 'their', 'there', 'which', 'would', 'about', 'been', 'they', 'will', 'into', 'than', 'also', 'after', 'what', 'when', 'does', 'deny', 'denied', 'denies']);

/** The key of a claim–denial pair, as dismissals are kept. */
export function suggestionKey(claimId: string, denialId: string): string {
  return `${claimId}|${denialId}`;
}

const party = (name: string): string => name.trim().toLocaleLowerCase();

function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLocaleLowerCase().matchAll(WORD)) if (!STOP_WORDS.has(match[0])) words.add(match[0]);
  return words;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Candidate {
  score: number;
  readonly reasons: string[];
  readonly words: string[];
}

/** Suggestions, best first; `dismissed` holds `suggestionKey`s the analyst turned down. */
export function suggestAnswers(
  annotations: readonly Annotation[],
  links: readonly AnnotationLink[],
  dismissed: ReadonlySet<string>,
  limits: SuggestionLimits = LIMITS,
): ClaimSuggestion[] {
  const claims = annotations.filter((a) => a.kind === 'claim');
  const byParty = new Map<string, Annotation[]>();
  const byWord = new Map<string, Annotation[]>();
  for (const claim of claims) {
    for (const name of new Set([party(claim.actor), party(claim.target)])) if (name) pushTo(byParty, name, claim);
    for (const word of significantWords(claim.quote.exact)) pushTo(byWord, word, claim);
  }
  const linked = new Set<string>();
  for (const link of links) {
    linked.add(suggestionKey(link.toId, link.fromId));
    linked.add(suggestionKey(link.fromId, link.toId));
  }
  const suggestions: ClaimSuggestion[] = [];
  for (const denial of annotations) {
    if (denial.kind !== 'denial') continue;
    const candidates = new Map<Annotation, Candidate>();
    const entry = (claim: Annotation): Candidate => {
      let found = candidates.get(claim);
      if (!found) candidates.set(claim, (found = { score: 0, reasons: [], words: [] }));
      return found;
    };
    for (const word of significantWords(denial.quote.exact)) {
      const hits = byWord.get(word);
      if (!hits || hits.length > limits.commonWord) continue;
      for (const claim of hits) {
        const found = entry(claim);
        found.score += 1;
        found.words.push(word);
      }
    }
    // A party shared with many claims is weak evidence alone: it adds to what the words found
    // (checked per candidate, never by walking the party's claims), and stands alone only while
    // few claims name it.
    const parties = new Set([party(denial.actor), party(denial.target)].filter(Boolean));
    for (const name of parties) {
      const hits = byParty.get(name);
      if (hits && hits.length <= limits.commonWord) for (const claim of hits) entry(claim);
    }
    for (const [claim, found] of candidates) {
      const claimActor = party(claim.actor);
      const claimTarget = party(claim.target);
      for (const name of parties) {
        if (name !== claimActor && name !== claimTarget) continue;
        found.score += 2;
        found.reasons.push(name === claimActor ? (party(denial.actor) === name ? 'same actor' : 'denial’s target is the claim’s actor') : 'same target');
      }
    }
    const ranked = [...candidates.entries()]
      .filter(([claim, c]) => c.score >= MIN_SCORE && claim.id !== denial.id && !linked.has(suggestionKey(claim.id, denial.id)) && !dismissed.has(suggestionKey(claim.id, denial.id)))
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, limits.perDenial);
    for (const [claim, c] of ranked) {
      const reasons = c.words.length ? [...c.reasons, `shared words: ${c.words.slice(0, 5).join(', ')}`] : c.reasons;
      suggestions.push({ claim, denial, score: c.score, reasons });
    }
  }
  return suggestions.sort((a, b) => b.score - a.score).slice(0, limits.total);
}
