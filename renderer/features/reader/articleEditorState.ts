// Builds the reader's Lexical document from article text: one paragraph node per line of the
// normalised text, one text node each, so text offsets map straight onto the DOM.
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { splitParagraphs } from '../../../shared/text/normalise';

export function $buildArticleDocument(text: string): void {
  const root = $getRoot();
  root.clear();
  for (const paragraph of splitParagraphs(text)) {
    root.append($createParagraphNode().append($createTextNode(paragraph.text)));
  }
}
