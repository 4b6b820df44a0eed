// Turns the bytes of a file into text, or into a message that names what is wrong with it.

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: string };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses a file by size alone, before it is read whole. */
export function checkArticleSize(name: string, size: number): string | null {
  if (size === 0) return `${name} is empty (0 bytes).`;
  if (size > MAX_ARTICLE_BYTES) {
    return `${name} is ${formatBytes(size)}; articles larger than ${formatBytes(MAX_ARTICLE_BYTES)} are refused.`;
  }
  return null;
}

export function decodeArticleBytes(name: string, bytes: Uint8Array): DecodeResult {
  const sizeProblem = checkArticleSize(name, bytes.byteLength);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return { ok: false, problem: `${name} looks like a binary file, not text (it contains NUL bytes).` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: `${name} is not valid UTF-8 text; save it as UTF-8 and import it again.` };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { ok: false, problem: `${name} contains no text.` };
  }
  return { ok: true, text };
}
