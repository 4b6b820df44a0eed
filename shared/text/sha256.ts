// SHA-256 over UTF-8, with the Web Crypto API that both browsers and Node 20 provide.
import { hasLoneSurrogate } from './wellFormed';

/**
 * Refuses text with a lone surrogate: UTF-8 would encode it as U+FFFD, and two different texts
 * would share one hash. Callers normalise first (normaliseText replaces them).
 */
export async function sha256Hex(text: string): Promise<string> {
  if (hasLoneSurrogate(text)) throw new Error('text with a lone surrogate cannot be hashed: normalise it first');
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
