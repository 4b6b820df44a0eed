// Notes travel as Lexical editor JSON. Notes from other tools arrive as plain text and need that
// form; notes from files need a look before the editor opens them, since their links are clickable.
import { isSafeLinkUrl } from '../text/safeLinks';
import { FORBIDDEN_KEYS, MAX_JSON_DEPTH } from './jsonText';


/** Lexical's serialised state for plain text: one paragraph per line. */
export function plainTextToLexicalJson(text: string): string {
  const paragraphs = text.split('\n').map((line) => ({
    children: line === '' ? [] : [{ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: 0,
    textStyle: '',
  }));
  return JSON.stringify({ root: { children: paragraphs, direction: null, format: '', indent: 0, type: 'root', version: 1 } });
}

/** Null when the note is empty or safe editor JSON; otherwise what is wrong with it. */
export function checkNoteJson(note: string): string | null {
  if (note === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(note);
  } catch {
    return 'is not editor JSON (a note is stored as Lexical editor state)';
  }
  if (typeof value !== 'object' || value === null || !('root' in value)) return 'is not editor JSON: it has no root';
  const stack: [unknown, number][] = [[value, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (typeof node !== 'object' || node === null) continue;
    // The sanitiser walks notes by recursion; no note the editor makes nests this deep.
    if (depth > MAX_JSON_DEPTH) return `is nested more than ${MAX_JSON_DEPTH} levels deep; no note the editor makes nests that far`;
    for (const [key, child] of Object.entries(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `contains the key "${key}", which is not allowed`;
      if (key === 'url' && typeof child === 'string' && child !== '' && !isSafeLinkUrl(child)) {
        return `contains a link to ${JSON.stringify(child.slice(0, 40))}; only http(s) and mailto links are allowed`;
      }
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return null;
}
