// Pieces both passage layouts and the sources list print the same way: a passage's links, each to
// its passage in this dossier where it has one, and a citation with its address as a live link.
import type { ReactNode } from 'react';
import { IsolatedText } from '../../../ui/IsolatedText';
import type { LinkPhrase } from '../model/dossierEntries';
import { passageAnchor } from './printModel';

export function PrintLinks({ links }: { readonly links: readonly LinkPhrase[] }): ReactNode {
  return links.map((link, i) => (
    <span key={link.id}>
      {i > 0 && '; '}
      {link.passageNumber === null ? (
        <IsolatedText text={link.text} />
      ) : (
        <a href={`#${passageAnchor(link.passageNumber)}`}>
          <IsolatedText text={link.text} />
        </a>
      )}
    </span>
  ));
}

export function PrintCitation({ citation }: { readonly citation: { readonly text: string; readonly url: string } }): ReactNode {
  return (
    <>
      <IsolatedText text={citation.text} />
      {citation.url && (
        <>
          {' '}
          <a href={citation.url} rel="noreferrer noopener">
            {citation.url}
          </a>
        </>
      )}
    </>
  );
}
