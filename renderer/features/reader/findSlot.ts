// The find tool's place in the reader: the reader renders whatever the app plugs in here (the
// find feature's bar), giving it the article and its rendered text, and depends on no feature.
import type { ComponentType } from 'react';
import type { Paragraph } from '../../../shared/text/normalise';

export interface ReaderFindProps {
  readonly sourceId: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** The element whose children are the article's paragraphs, once rendered. */
  readonly textRoot: () => HTMLElement | null;
}

export type ReaderFindTool = ComponentType<ReaderFindProps>;
