// Draws plain text built with FSI…PDI isolates (shared/text/bidiIsolation) as text and `<bdi>`
// elements: the page isolates the same pieces, and its text holds no invisible marks to trip
// copy, search or a screen reader.
import type { ReactNode } from 'react';
import { splitIsolates } from '../../shared/text/bidiIsolation';

export function IsolatedText({ text }: { readonly text: string }): ReactNode {
  return (
    <>
      {splitIsolates(text).map((segment, index) => (segment.isolated ? <bdi key={index}>{segment.text}</bdi> : segment.text))}
    </>
  );
}
