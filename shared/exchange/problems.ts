// Problems found in a shared file, each placed by a JSON path ($.annotations[3].target…) so the
// analyst, or a pipeline's log, can find the spot in the file.
import type { z } from 'zod';

export interface ExchangeProblem {
  /** JSON path of the offending value, `$` for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type PathSegment = string | number;

/** Past this many, a broken file only gets longer reports, not more useful ones. */
export const MAX_PROBLEMS = 200;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsonPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `['${escapeKey(segment)}']`;
  }
  return path;
}

/** Quotes, backslashes, control characters and lone surrogates escaped: a key from a file cannot forge a line. */
function escapeKey(key: string): string {
  return key
    .replace(/[\\']/g, (c) => `\\${c}`)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value from the file, short and quoted, for a message; never the whole of a long text. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return typeof value === 'string' ? JSON.stringify(short) : short;
}

/**
 * Collects problems up to MAX_PROBLEMS, then reports itself full: the checker stops there rather
 * than checking on, so a file of a million broken records costs what twenty do.
 */
export class ProblemList {
  private readonly items: ExchangeProblem[] = [];

  add(path: readonly PathSegment[] | string, message: string): void {
    if (this.full) return;
    this.items.push({ path: typeof path === 'string' ? path : jsonPath(path), message });
  }

  get count(): number {
    return this.items.length;
  }

  /** True once the cap is reached: whoever checks should stop looking for more. */
  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }

  toArray(): ExchangeProblem[] {
    // Checkers stop at the cap, so a full list may hide more: say so rather than imply it is all.
    if (!this.full) return [...this.items];
    return [...this.items, { path: '$', message: `checking stopped after ${MAX_PROBLEMS} problems; fix these and check again for the rest` }];
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

type ZodIssue = z.core.$ZodIssue;

/** Turns one zod issue into problems with plain messages; `base` is where the checked value sits. */
export function problemsFromIssue(issue: ZodIssue, base: readonly PathSegment[]): ExchangeProblem[] {
  const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: jsonPath([...path, key]),
      message: 'unknown field: not part of this format version',
    }));
  }
  return [{ path: jsonPath(path), message: describeIssue(issue) }];
}

function describeIssue(issue: ZodIssue): string {
  // Our schemas carry their own wording for patterns and refinements; zod's defaults start thus.
  const isDefault = /^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required field is missing';
      return `must be ${typeName(issue.expected)}, not ${showValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} items`;
      return isDefault ? `must be at least ${issue.minimum}` : issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      return isDefault ? `must be at most ${issue.maximum}` : issue.message;
    case 'invalid_format':
      if (!isDefault) return issue.message;
      if (issue.format === 'datetime') return 'must be a UTC date-time such as 2026-03-10T09:00:00.000Z';
      if (issue.format === 'url') return 'must be an http(s) address';
      return `must be in ${issue.format} form`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}${issue.input === undefined ? ' (missing)' : `, not ${showValue(issue.input)}`}`;
    case 'invalid_union':
      return issue.input === undefined ? 'required field is missing' : `is not any of the allowed forms (found ${showValue(issue.input)})`;
    default:
      return issue.message;
  }
}
