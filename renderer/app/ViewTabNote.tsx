// The left pane's Claims and Timeline tabs: their view fills the centre pane, so the tab itself
// says so, and brings the view back after an article or dossier took the centre.
import type { ReactNode } from 'react';

const WORDS = {
  claims: { name: 'claims table', text: 'Every claim in the library with its answers (denials, support, responses) and its status.' },
  timeline: { name: 'timeline', text: 'Every annotation with an event date on a time axis, and the articles’ publication dates.' },
} as const;

export function ViewTabNote({ view, showing, onShow }: { readonly view: 'claims' | 'timeline'; readonly showing: boolean; readonly onShow: () => void }): ReactNode {
  const words = WORDS[view];
  return (
    <div className="view-tab-note">
      <p>{words.text}</p>
      {showing ? (
        <p>The {words.name} is in the centre pane.</p>
      ) : (
        <button type="button" onClick={onShow}>
          Show the {words.name}
        </button>
      )}
    </div>
  );
}
