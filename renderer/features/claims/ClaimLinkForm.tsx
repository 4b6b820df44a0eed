// Link from the claims view: with a claim chosen in the table, pick its answer (the same picker as
// the annotation editor's) and the link type. The link is the editor's own undoable change.
import { useState, type ReactNode } from 'react';
import type { Annotation, LinkType } from '../../../shared/model';
import { useWorkbench } from '../../ui/workbenchContext';
import { linkChange } from '../annotations/annotationChanges';
import { LinkTargetPicker } from '../annotations/LinkTargetPicker';
import { LINK_LABELS, shortQuote } from '../common/kinds';

const ANSWER_TYPES: readonly LinkType[] = ['denies', 'supports', 'contradicts', 'responds-to'];

interface ClaimLinkFormProps {
  readonly claim: Annotation;
  readonly annotations: readonly Annotation[];
  readonly titles: ReadonlyMap<string, string>;
}

export function ClaimLinkForm({ claim, annotations, titles }: ClaimLinkFormProps): ReactNode {
  const { perform } = useWorkbench();
  const [type, setType] = useState<LinkType>('denies');
  const [answer, setAnswer] = useState<Annotation | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  return (
    <form
      className="claim-link-form"
      aria-label="Link an answer to the chosen claim"
      onSubmit={(event) => {
        event.preventDefault();
        if (!answer) return;
        void perform(linkChange(answer.id, claim.id, type, `Link: ${LINK_LABELS[type].outgoing}`)).then((done) => {
          if (!done) return;
          setAnswer(null);
          setPickerKey((key) => key + 1);
        });
      }}
    >
      <p>
        Chosen claim: <q dir="auto">{shortQuote(claim.quote.exact, 100)}</q>
      </p>
      <label>
        The answer
        <select value={type} onChange={(e) => setType(e.target.value as LinkType)}>
          {ANSWER_TYPES.map((t) => (
            <option key={t} value={t}>
              {LINK_LABELS[t].outgoing} the claim
            </option>
          ))}
        </select>
      </label>
      <LinkTargetPicker key={`${claim.id}:${pickerKey}`} annotations={annotations} titles={titles} excludeId={claim.id} onChange={setAnswer} />
      <button type="submit" disabled={!answer}>
        Link answer
      </button>
    </form>
  );
}
