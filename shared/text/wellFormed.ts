// Text that survives a UTF-8 round trip unchanged. A lone surrogate does not: the encoder turns
// it into U+FFFD, so hashing it would give the hash of another text.

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
  // Most text has no surrogates at all: a plain scan rules that out before the lookaround pattern.
  if (!ANY_SURROGATE.test(text)) return false;
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

/** Each lone surrogate becomes U+FFFD, which is what UTF-8 would have made of it anyway, but now visibly. */
export function replaceLoneSurrogates(text: string): string {
  return hasLoneSurrogate(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}
