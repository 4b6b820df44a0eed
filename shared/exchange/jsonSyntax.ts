// Finds where a text stops being JSON, with the same wording on every engine: JSON.parse's own
// messages differ between V8 and Firefox and name neither lines nor truncation reliably.

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character, or the text's length when it ends too soon. */
  readonly offset: number;
  /** True when the text ends before the JSON does: a truncated file. */
  readonly endsEarly: boolean;
  readonly expected: string;
}

type Expect = 'value' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close-object' | 'comma-or-close-array' | 'value-or-close' | 'end';

const EXPECTED_WORDS: Readonly<Record<Expect, string>> = {
  value: 'a value',
  'value-or-close': "a value or ']'",
  'key-or-close': "a quoted field name or '}'",
  key: 'a quoted field name',
  colon: "':'",
  'comma-or-close-object': "',' or '}'",
  'comma-or-close-array': "',' or ']'",
  end: 'the end of the file',
};

const LITERAL = /true|false|null/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** Null when `text` is JSON; otherwise the first place it is not. Iterative, so deep nesting cannot overflow. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const containers: ('object' | 'array')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number): JsonSyntaxError => ({ offset: at, endsEarly: at >= text.length, expected: EXPECTED_WORDS[expect] });
  const afterValue = (): Expect => {
    const top = containers[containers.length - 1];
    if (top === undefined) return 'end';
    return top === 'object' ? 'comma-or-close-object' : 'comma-or-close-array';
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
    if (i >= text.length) return expect === 'end' ? null : fail(i);
    const c = text.charAt(i);
    if (expect === 'end') return fail(i);
    if (expect === 'colon') {
      if (c !== ':') return fail(i);
      i += 1;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-close-object' || expect === 'comma-or-close-array') {
      const close = expect === 'comma-or-close-object' ? '}' : ']';
      if (c === ',') {
        i += 1;
        expect = expect === 'comma-or-close-object' ? 'key' : 'value';
      } else if (c === close) {
        i += 1;
        containers.pop();
        expect = afterValue();
      } else return fail(i);
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') {
        i += 1;
        containers.pop();
        expect = afterValue();
        continue;
      }
      if (c !== '"') return fail(i);
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // A value is expected here.
    if (c === ']' && expect === 'value-or-close') {
      i += 1;
      containers.pop();
      expect = afterValue();
      continue;
    }
    if (c === '{' || c === '[') {
      containers.push(c === '{' ? 'object' : 'array');
      i += 1;
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    const end = c === '"' ? scanString(text, i) : (matchAt(LITERAL, text, i) ?? matchAt(NUMBER, text, i));
    if (end === null) return fail(i);
    if (typeof end !== 'number') return end;
    i = end;
    expect = afterValue();
  }
}

function matchAt(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : null;
}

/**
 * Scans a string by hand: a regular expression over a many-megabyte article text would run out
 * of backtracking stack. Returns the offset after the closing quote, or where the string breaks.
 */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') return i + 1;
    if (text.charCodeAt(i) < 0x20) return { offset: i, endsEarly: false, expected: 'a closing quote (control characters must be escaped)' };
    if (c === '\\') {
      const escape = text.slice(i + 1, i + 6);
      if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(escape)) {
        if (i + 6 > text.length && /^(u[0-9a-fA-F]*)?$/.test(escape)) break;
        return { offset: i, endsEarly: false, expected: 'a valid escape such as \\n or \\u0041' };
      }
      i += escape.startsWith('u') ? 6 : 2;
      continue;
    }
    i += 1;
  }
  return { offset: text.length, endsEarly: true, expected: 'a closing quote' };
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineAndColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
