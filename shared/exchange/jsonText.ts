// From the bytes or text of a shared file to a JSON value, refusing on the way what must never
// be read as data: bytes that are not UTF-8, text that is not JSON, and prototype-altering keys.
import { formatBytes } from '../import/decode';
import { MAX_FILE_BYTES } from '../bridge/hostBridge';
import { hasLoneSurrogate } from '../text/wellFormed';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';
import { jsonPath, type ExchangeProblem, type PathSegment } from './problems';

/** Shared files above this are refused by size alone, before they are read whole. */
export const MAX_EXCHANGE_BYTES = MAX_FILE_BYTES['shared-file'];

/**
 * Keys that alter an object's prototype when code later copies the parsed value
 * (`Object.assign`, spreads into class instances, lodash-style merges).
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: ExchangeProblem };

/** Refuses a file by its size alone; null when the size is acceptable. */
export function checkExchangeSize(bytes: number, name = 'The file'): ExchangeProblem | null {
  if (bytes === 0) return { path: '$', message: `${name} is empty (0 bytes)` };
  if (bytes > MAX_EXCHANGE_BYTES) {
    return { path: '$', message: `${name} is ${formatBytes(bytes)}; shared files larger than ${formatBytes(MAX_EXCHANGE_BYTES)} are refused` };
  }
  return null;
}

export type TextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: ExchangeProblem };

export function decodeExchangeBytes(bytes: Uint8Array, name = 'The file'): TextResult {
  const sizeProblem = checkExchangeSize(bytes.byteLength, name);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: { path: '$', message: `${name} is UTF-16 text; shared files are UTF-8` } };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, problem: { path: '$', message: `${name} is not JSON: it is a binary file (it contains NUL bytes)` } };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { path: '$', message: `${name} is not JSON: it is not valid UTF-8 text` } };
  }
}

/** Parses JSON, naming line and column of the first fault, and truncation as such. */
export function parseJsonText(raw: string): JsonResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { path: '$', message: 'the file is empty: not JSON' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { path: '$', message: describeSyntaxError(text) } };
  }
  const structure = findStructureProblem(value);
  if (structure) return { ok: false, problem: structure };
  return { ok: true, value };
}

export function forbiddenKeyProblem(path: readonly PathSegment[]): ExchangeProblem {
  const key = String(path[path.length - 1]);
  return { path: jsonPath(path), message: `the key "${key}" is not allowed in a shared file (it could alter how objects behave when read)` };
}

function describeSyntaxError(text: string): string {
  const first = text.trimStart().charAt(0);
  if (first === '<') return 'not JSON: it starts with "<", so it looks like HTML or XML';
  if (first !== '{' && first !== '[') return `not JSON: it starts with ${JSON.stringify(text.trimStart().slice(0, 20))}`;
  const error = findJsonSyntaxError(text);
  // JSON.parse and the scanner disagree only on exotic input; say what JSON.parse said.
  if (!error) return 'not JSON';
  const { line, column } = lineAndColumn(text, error.offset);
  if (error.endsEarly) return `the file ends unexpectedly at line ${line} column ${column} (expected ${error.expected}): it looks truncated`;
  const found = JSON.stringify(text.slice(error.offset, error.offset + 12));
  return `not JSON: expected ${error.expected} at line ${line} column ${column}, found ${found}`;
}

/**
 * Deeper than any file this app or the tools it reads write (about ten levels); past it, code that
 * walks the value by recursion (JSON.stringify among them) would overflow the stack.
 */
export const MAX_JSON_DEPTH = 100;

/** The first forbidden key anywhere in the value, or nesting beyond MAX_JSON_DEPTH; null when neither. */
export function findStructureProblem(root: unknown): ExchangeProblem | null {
  const found = walkStructure(root);
  if (!found) return null;
  if (found.kind === 'forbidden') return forbiddenKeyProblem(found.path);
  if (found.kind === 'lone-surrogate') {
    return { path: jsonPath(found.path), message: 'contains a lone surrogate (a \\u escape for half a character): it is not text UTF-8 can carry, so it is refused' };
  }
  return { path: jsonPath(found.path), message: `is nested more than ${MAX_JSON_DEPTH} levels deep; no annotation file nests that far, so it is refused` };
}

type StructureFinding = { readonly kind: 'forbidden' | 'too-deep' | 'lone-surrogate'; readonly path: PathSegment[] };

/** One iterative walk for both checks: a 100,000-deep file must not overflow the checker itself. */
function isEmpty(value: object): boolean {
  if (Array.isArray(value)) return value.length === 0;
  for (const _key in value) return false;
  return true;
}

function walkStructure(root: unknown): StructureFinding | null {
  // Each entry knows its parent, not its whole path: a path is built only for the key found,
  // so a 40 MB file costs one small object per nested value rather than one array copy each.
  interface Entry {
    readonly value: object;
    readonly parent: Entry | null;
    readonly key: PathSegment;
    readonly depth: number;
  }
  const pathOf = (entry: Entry | null, last?: PathSegment): PathSegment[] => {
    const path = last === undefined ? [] : [last];
    for (let at = entry; at && at.parent; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  if (typeof root !== 'object' || root === null) return null;
  const stack: Entry[] = [{ value: root, parent: null, key: '', depth: 1 }];
  // An empty object or list holds nothing to check beyond its depth: a file of a million `{}`
  // then costs no stack entry for each.
  const visit = (child: object, parent: Entry, key: PathSegment): StructureFinding | null => {
    const depth = parent.depth + 1;
    if (!isEmpty(child)) stack.push({ value: child, parent, key, depth });
    else if (depth > MAX_JSON_DEPTH) return { kind: 'too-deep', path: pathOf(parent, key) };
    return null;
  };
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { value, depth } = entry;
    if (depth > MAX_JSON_DEPTH) return { kind: 'too-deep', path: pathOf(entry) };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) {
          const found = visit(child, entry, i);
          if (found) return found;
        } else if (typeof child === 'string' && hasLoneSurrogate(child)) return { kind: 'lone-surrogate', path: pathOf(entry, i) };
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden', path: pathOf(entry, key) };
      if (hasLoneSurrogate(key)) return { kind: 'lone-surrogate', path: pathOf(entry, key) };
    }
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) {
        const found = visit(child, entry, key);
        if (found) return found;
      } else if (typeof child === 'string' && hasLoneSurrogate(child)) return { kind: 'lone-surrogate', path: pathOf(entry, key) };
    }
  }
  return null;
}
