// Suggested aliases: each pair with why it was suggested, to merge (one click, undoable) or dismiss.
import type { ReactNode } from 'react';
import type { AliasSuggestion, SuggestionReason } from '../../../shared/actors';

const REASONS: Readonly<Record<SuggestionReason, string>> = {
  transliteration: 'the same name in another script or spelling',
  contained: 'one name contains the other',
  similar: 'similar spelling',
};

/** Suggestions shown at once: the best; accepting or dismissing one brings the next. */
const SHOWN = 12;

interface AliasSuggestionListProps {
  readonly suggestions: readonly AliasSuggestion[];
  readonly onAccept: (suggestion: AliasSuggestion) => void;
  readonly onDismiss: (suggestion: AliasSuggestion) => void;
}

export function AliasSuggestionList({ suggestions, onAccept, onDismiss }: AliasSuggestionListProps): ReactNode {
  if (suggestions.length === 0) return null;
  return (
    <section className="alias-suggestions" aria-labelledby="alias-suggestions-heading">
      <h3 id="alias-suggestions-heading">
        Suggested aliases <span className="count">{suggestions.length}</span>
      </h3>
      <ul aria-label="Suggested aliases">
        {suggestions.slice(0, SHOWN).map((s) => (
          <li key={`${s.keep.key} ${s.merge.key}`}>
            <span className="suggestion-names">
              <bdi>{s.merge.name}</bdi> → <bdi>{s.keep.name}</bdi>
            </span>
            <span className="suggestion-reason">{REASONS[s.reason]}</span>
            <span className="suggestion-actions">
              <button type="button" aria-label={`Merge “${s.merge.name}” into “${s.keep.name}”`} onClick={() => onAccept(s)}>
                Merge
              </button>
              <button type="button" aria-label={`Dismiss “${s.merge.name}” and “${s.keep.name}”`} onClick={() => onDismiss(s)}>
                Dismiss
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
