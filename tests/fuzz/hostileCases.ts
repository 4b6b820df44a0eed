// The hostile corpus: every kind of bad shared file the review found, each built from the valid
// sample so it differs in one way. Small cases are written to tests/fixtures/hostile/ (run
// `npx tsx`-free: `npm run fuzz -- --write-corpus` rewrites them); large ones are built in memory.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const CORPUS_DIR = join(REPO, 'tests', 'fixtures', 'hostile');

export type CaseKind = 'dossier' | 'w3c' | 'hypothesis';

export interface HostileCase {
  readonly file: string;
  readonly kind: CaseKind;
  /** Built in memory at test time, never committed: too large for the repository. */
  readonly large?: boolean;
  readonly bytes: () => Uint8Array;
}

type Json = Record<string, unknown>;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const sampleText = (): string => readFileSync(join(REPO, 'docs', 'examples', 'samples.dossier'), 'utf8');
const sample = (): Json => JSON.parse(sampleText()) as Json;

/** Sets a value at a path of keys and indexes inside a parsed sample. */
function setAt(root: Json, path: readonly (string | number)[], value: unknown): Json {
  let at: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return root;
}

const mutated = (path: readonly (string | number)[], value: unknown): (() => Uint8Array) => () => utf8(JSON.stringify(setAt(sample(), path, value)));
const json = (value: unknown): (() => Uint8Array) => () => utf8(JSON.stringify(value));
const raw = (text: string): (() => Uint8Array) => () => utf8(text);

function nested(depth: number, leaf: string): string {
  return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

const safeNote = (url: string): string =>
  JSON.stringify({ root: { children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'x', format: 0, style: '', detail: 0, mode: 'normal', version: 1 }], version: 1 }], version: 1 }], type: 'root', version: 1 } });

const W3C_ONE = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id: 'https://example.org/anno/1',
  body: { type: 'TextualBody', value: 'claim', purpose: 'classifying' },
  target: { source: 'https://example.org/article', selector: { type: 'TextQuoteSelector', exact: 'Baku blamed', prefix: 'which ', suffix: ' on Iran' } },
};
const HYPOTHESIS_ONE = {
  export_date: '2026-03-10T09:00:00.000Z',
  export_userid: 'acct:alice@hypothes.is',
  client_version: '1.0',
  annotations: [
    { id: 'abc', uri: 'https://example.org/article', user: 'acct:alice@hypothes.is', text: 'note', tags: ['claim'], target: [{ source: 'https://example.org/article', selector: [{ type: 'TextQuoteSelector', exact: 'Baku blamed', prefix: '', suffix: '' }] }] },
  ],
};

function sourceTextCase(text: string): () => Uint8Array {
  return () => {
    const file = sample();
    setAt(file, ['sources', 0, 'text'], text);
    return utf8(JSON.stringify(file));
  };
}

/** A source text whose hash is right, so every check runs on it: a trap for backtracking patterns. */
function sourceTextWithHash(text: string): () => Uint8Array {
  return () => {
    const file = sample();
    setAt(file, ['sources', 0, 'text'], text);
    setAt(file, ['sources', 0, 'textHash'], createHash('sha256').update(text, 'utf8').digest('hex'));
    return utf8(JSON.stringify(file));
  };
}

function millionTiny(): Uint8Array {
  const head = JSON.stringify({ ...sample(), annotations: [], links: [], dossiers: [] }).replace(/"annotations":\[\]/, `"annotations":[${new Array<string>(1_000_000).fill('{}').join(',')}]`);
  return utf8(head);
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { file: 'empty.dossier', kind: 'dossier', bytes: () => new Uint8Array(0) },
  { file: 'whitespace-only.dossier', kind: 'dossier', bytes: raw('  \n\t\n') },
  { file: 'binary.dossier', kind: 'dossier', bytes: () => Uint8Array.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0x00, 0x7d]) },
  { file: 'utf16.dossier', kind: 'dossier', bytes: () => Uint8Array.from([0xff, 0xfe, ...Array.from(Buffer.from(sampleText(), 'utf16le'))]) },
  { file: 'invalid-utf8.dossier', kind: 'dossier', bytes: () => Uint8Array.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]) },
  { file: 'utf8-bom.dossier', kind: 'dossier', bytes: () => utf8(`\uFEFF${sampleText()}`) },
  { file: 'trailing-garbage.dossier', kind: 'dossier', bytes: () => utf8(`${sampleText()}\n}{"more":1}`) },
  { file: 'truncated.dossier', kind: 'dossier', bytes: () => utf8(sampleText().slice(0, 5000)) },
  { file: 'html-page.dossier', kind: 'dossier', bytes: raw('<!doctype html><html><body><script>alert(1)</script></body></html>') },
  { file: 'nan-literal.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('"start": 220', '"start": NaN')) },
  { file: 'infinity-literal.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('"start": 220', '"start": Infinity')) },
  { file: 'number-1e400.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('"start": 220', '"start": 1e400')) },
  { file: 'future-version.dossier', kind: 'dossier', bytes: mutated(['version'], 99) },
  { file: 'other-format.dossier', kind: 'dossier', bytes: mutated(['format'], 'someone-else') },
  { file: 'version-as-text.dossier', kind: 'dossier', bytes: mutated(['version'], '1') },
  { file: 'unknown-field.dossier', kind: 'dossier', bytes: mutated(['surprise'], { a: 1 }) },
  { file: 'proto-key.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('"dw:actor":', '"__proto__": {"polluted": true}, "dw:actor":')) },
  { file: 'constructor-key.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('"dw:actor":', '"constructor": {"prototype": {}}, "dw:actor":')) },
  { file: 'offset-beyond-text.dossier', kind: 'dossier', bytes: mutated(['annotations', 0, 'target', 'selector', 1, 'end'], 999_999) },
  { file: 'negative-offset.dossier', kind: 'dossier', bytes: mutated(['annotations', 0, 'target', 'selector', 1, 'start'], -5) },
  { file: 'quote-mismatch.dossier', kind: 'dossier', bytes: mutated(['annotations', 0, 'target', 'selector', 0, 'exact'], 'which Tehran blamed on Baku') },
  { file: 'hash-mismatch.dossier', kind: 'dossier', bytes: () => utf8(JSON.stringify(setAt(sample(), ['sources', 0, 'textHash'], 'f'.repeat(64)))) },
  { file: 'lone-surrogate-text.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('which Baku blamed', 'which \\ud800Baku blamed')) },
  { file: 'lone-surrogate-key.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('"dw:actor":', '"\\udc00": 1, "dw:actor":')) },
  { file: 'replacement-char-text.dossier', kind: 'dossier', bytes: () => utf8(sampleText().replace('which Baku blamed', 'which \uFFFDBaku blamed')) },
  { file: 'link-to-missing.dossier', kind: 'dossier', bytes: mutated(['links', 0, 'toId'], '00000000-0000-4000-8000-000000000999') },
  { file: 'link-to-self.dossier', kind: 'dossier', bytes: () => {
    const file = sample();
    const links = file.links as Json[];
    return utf8(JSON.stringify(setAt(file, ['links', 0, 'toId'], links[0]?.fromId)));
  } },
  { file: 'duplicate-annotation-id.dossier', kind: 'dossier', bytes: () => {
    const file = sample();
    const annotations = file.annotations as Json[];
    return utf8(JSON.stringify(setAt(file, ['annotations', 1, 'id'], annotations[0]?.id)));
  } },
  { file: 'javascript-link-in-note.dossier', kind: 'dossier', bytes: mutated(['annotations', 0, 'dw:note'], safeNote('javascript:alert(1)')) },
  { file: 'javascript-link-in-narrative.dossier', kind: 'dossier', bytes: mutated(['dossiers', 0, 'items', 0, 'content'], safeNote(' JavaScript:alert(document.domain)')) },
  { file: 'markup-in-text.dossier', kind: 'dossier', bytes: mutated(['annotations', 0, 'dw:actor'], '<img src=x onerror="alert(1)">') },
  { file: 'styled-note.dossier', kind: 'dossier', bytes: mutated(['annotations', 0, 'dw:note'], JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'hi', style: 'background:url(https://track.example/p.png)', format: 0, detail: 0, mode: 'normal', version: 1 }, { type: 'iframe', src: 'https://evil.example', version: 1 }] }] } })) },
  { file: 'annotations-not-a-list.dossier', kind: 'dossier', bytes: mutated(['annotations'], { 0: {} }) },
  { file: 'top-level-list.dossier', kind: 'dossier', bytes: json([1, 2, 3]) },
  { file: 'not-normalised-text.dossier', kind: 'dossier', bytes: sourceTextCase('line one  \r\nline two') },
  { file: 'w3c-valid.jsonld', kind: 'w3c', bytes: json(W3C_ONE) },
  { file: 'w3c-javascript-source.jsonld', kind: 'w3c', bytes: json({ ...W3C_ONE, target: { ...W3C_ONE.target, source: 'javascript:alert(1)' } }) },
  { file: 'hypothesis-valid.json', kind: 'hypothesis', bytes: json(HYPOTHESIS_ONE) },
  { file: 'hypothesis-proto.json', kind: 'hypothesis', bytes: () => utf8(JSON.stringify(HYPOTHESIS_ONE).replace('"text":"note"', '"text":"note","__proto__":{"x":1}')) },
  // Large: built in memory, never committed.
  { file: 'nesting-100k.dossier', kind: 'dossier', large: true, bytes: () => utf8(`{"format":"dossier-workbench","version":1,"sources":${nested(100_000, '1')}}`) },
  { file: 'w3c-nesting-100k.jsonld', kind: 'w3c', large: true, bytes: () => utf8(JSON.stringify(W3C_ONE).replace('"body":', `"deep":${nested(100_000, '1')},"body":`)) },
  { file: 'hypothesis-nesting-100k.json', kind: 'hypothesis', large: true, bytes: () => utf8(JSON.stringify(HYPOTHESIS_ONE).replace('"text":"note"', `"text":"note","deep":${nested(100_000, '{}')}`)) },
  { file: 'string-60mb.dossier', kind: 'dossier', large: true, bytes: sourceTextCase('x'.repeat(60 * 1024 * 1024)) },
  { file: 'million-empty-annotations.dossier', kind: 'dossier', large: true, bytes: millionTiny },
  { file: 'markup-pattern-trap.dossier', kind: 'dossier', large: true, bytes: sourceTextWithHash(`Start <${' '.repeat(2_000_000)}x javascript${' '.repeat(2_000_000)}x end`) },
];
