// Public face of anchoring: describe a selection as selectors, and find those selectors again
// in (possibly edited) article text.
export {
  CONTEXT_LENGTH,
  describeSelection,
  expandToCodePointBoundaries,
  reattachAnnotation,
  splitsSurrogatePair,
} from './selectors';
export type { AnnotationSelectors, TextPosition, TextQuote } from './selectors';
export { DEFAULT_MIN_QUOTE_SIMILARITY, anchorAnnotation, anchorMany } from './anchorAnnotation';
export { prefixSimilarity, suffixSimilarity } from './contextSimilarity';
export type { AnchorOptions, AnchorResult } from './anchorAnnotation';
