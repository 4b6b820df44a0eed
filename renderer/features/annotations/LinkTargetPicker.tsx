// The "Linked annotation" combobox: type words of a passage's quote, its article's title, its
// actor or its kind, then choose with the arrows and Enter (Escape closes the list). Downshift's
// useCombobox supplies the WAI-ARIA combobox pattern; it injects no styles or scripts, so it fits
// the page's CSP, and works with React 19.
import { useCombobox } from 'downshift';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/model';
import { isolateText, withoutIsolates } from '../../../shared/text/bidiIsolation';
import { IsolatedText } from '../../ui/IsolatedText';
import { describeAnnotation, linkSearchIndex, matchLinkTargets } from './linkTargets';
import './linkPicker.css';

interface LinkTargetPickerProps {
  readonly annotations: readonly Annotation[];
  readonly titles: ReadonlyMap<string, string>;
  /** The annotation being edited, which cannot link to itself. */
  readonly excludeId: string;
  /** The annotations are still being read (the picker asked for them on its first use). */
  readonly loading?: boolean;
  /** The analyst turned to the picker: the annotations to offer are read only from then. */
  readonly onFirstUse?: () => void;
  readonly onChange: (target: Annotation | null) => void;
}

/** An option's words, isolated piece by piece (shown with `<bdi>`; the input gets them plain). */
function optionText(annotation: Annotation, titles: ReadonlyMap<string, string>): string {
  const described = describeAnnotation(annotation, titles);
  return annotation.actor ? `${described} · ${isolateText(annotation.actor)}` : described;
}

export function LinkTargetPicker({ annotations, titles, excludeId, loading = false, onFirstUse, onChange }: LinkTargetPickerProps): ReactNode {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Annotation | null>(null);
  // Once a passage is chosen the input shows its description; reopening the list then offers all.
  const filter = selected && query === withoutIsolates(optionText(selected, titles)) ? '' : query;
  const index = useMemo(() => linkSearchIndex(annotations, titles), [annotations, titles]);
  const { shown, total } = useMemo(() => matchLinkTargets(index, filter, excludeId), [index, filter, excludeId]);
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, setHighlightedIndex } = useCombobox<Annotation>({
    items: [...shown],
    itemToString: (item) => (item ? withoutIsolates(optionText(item, titles)) : ''),
    itemToKey: (item) => item?.id,
    inputValue: query,
    onInputValueChange: ({ inputValue }) => setQuery(inputValue),
    // Typing again un-chooses: "Add link" must never link a passage the input no longer names.
    stateReducer: (_state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.InputChange ? { ...changes, selectedItem: null } : changes,
    onSelectedItemChange: ({ selectedItem }) => {
      setSelected(selectedItem);
      onChange(selectedItem);
    },
  });
  const hidden = total - shown.length;
  // Opened while the annotations were still being read: the first one is highlighted when they
  // arrive, as it is when the list opens on them.
  const arrived = annotations.length > 0;
  useEffect(() => {
    if (arrived && isOpen && highlightedIndex < 0 && filter === '') setHighlightedIndex(0);
    // Only on arrival, not whenever the analyst moves the highlight off.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [arrived]);

  return (
    <div className="link-picker">
      <label {...getLabelProps()}>Linked annotation</label>
      <input {...getInputProps({ placeholder: 'Type a quote, article, actor or kind…', spellCheck: false, onFocus: onFirstUse })} />
      <ul {...getMenuProps()} className="link-picker-options">
        {isOpen &&
          shown.map((annotation, index) => (
            <li key={annotation.id} className={index === highlightedIndex ? 'highlighted' : undefined} {...getItemProps({ item: annotation, index })}>
              <span>
                <IsolatedText text={optionText(annotation, titles)} />
              </span>
            </li>
          ))}
      </ul>
      <p className="link-picker-note" aria-live="polite">
        {isOpen && loading ? 'Reading the library’s annotations…' : ''}
        {isOpen && !loading && total === 0 ? `No annotation matches “${filter}”.` : ''}
        {isOpen && hidden > 0 ? `${hidden.toLocaleString()} more match; type more words to narrow the list.` : ''}
      </p>
    </div>
  );
}
