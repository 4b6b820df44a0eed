// Suggested answers: denials that look like they answer a claim (same actor or target, words in
// common) and are not linked yet. Worked out only when the analyst opens the list; accepting
// links "denies" (undoable), dismissing hides the pair for good.
import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { suggestionKey } from '../../../shared/claims/claimSuggestions';
import { NO_CLAIM_FILTER } from '../../../shared/claims/claimFilter';
import { loadDismissedSuggestions, setSuggestionDismissed } from '../../db/views';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { linkChange } from '../annotations/annotationChanges';
import { shortQuote } from '../common/kinds';
import { askViews } from '../../workers/viewsClient';
import { useViewAnswer } from '../common/viewLibrary';

const SHOWN = 20;

function SuggestionList(): ReactNode {
  const { perform, notify } = useWorkbench();
  const dismissed = useLiveQuery(() => loadDismissedSuggestions(), []);
  // Worked out in the views worker, again whenever the library or the dismissals change.
  const { answer: claims } = useViewAnswer({ view: 'claims', filter: NO_CLAIM_FILTER, limit: 0 }, 'suggestions');
  const asked = useLiveQuery(
    async () => (dismissed && claims ? askViews({ ask: 'claimSuggestions', dismissed, limit: SHOWN }) : undefined),
    [dismissed, claims],
  );
  const suggestions = asked && 'suggestions' in asked ? asked.suggestions : undefined;
  if (!dismissed || !suggestions) return <p className="empty-inline">Looking for suggestions…</p>;
  if (suggestions.length === 0) return <p className="empty-inline">No suggestions: every likely denial is linked or dismissed.</p>;
  const dismiss = (key: string): void =>
    void setSuggestionDismissed(key, true).catch((error: unknown) => notify({ tone: 'error', message: `The suggestion could not be dismissed: ${errorMessage(error)}` }));
  return (
    <ul className="claim-suggestions" aria-label="Suggested answers">
      {suggestions.slice(0, SHOWN).map(({ claim, denial, reasons }) => {
        const key = suggestionKey(claim.id, denial.id);
        const name = `${shortQuote(denial.quote.exact, 50)} denies ${shortQuote(claim.quote.exact, 50)}`;
        return (
          <li key={key}>
            <p>
              Denial <q dir="auto">{shortQuote(denial.quote.exact, 100)}</q> ({denial.actor || 'no actor'}) may answer claim{' '}
              <q dir="auto">{shortQuote(claim.quote.exact, 100)}</q> ({claim.actor || 'no actor'}).
            </p>
            <p className="suggestion-reasons">{reasons.join('; ')}</p>
            <button type="button" aria-label={`Accept: ${name}`} onClick={() => void perform(linkChange(denial.id, claim.id, 'denies', 'Link: denies'))}>
              Accept (denies)
            </button>{' '}
            <button type="button" aria-label={`Dismiss: ${name}`} onClick={() => dismiss(key)}>
              Dismiss
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function ClaimSuggestions(): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <section className="claim-suggestions-section" aria-label="Suggestions">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide suggestions' : 'Suggest answers'}
      </button>
      {open && <SuggestionList />}
    </section>
  );
}
