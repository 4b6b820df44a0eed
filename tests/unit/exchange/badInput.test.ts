// Every kind of bad input the issue lists: each gets a message naming the problem and its place
// in the file (a JSON path), and reading it yields no content at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildExchangeFile,
  checkExchangeSize,
  decodeExchangeBytes,
  parseExchangeText,
  parseExchangeValue,
  serializeExchangeFile,
  type ExchangeProblem,
} from '../../../shared/exchange';
import { getAt, makeBigLibrary, setAt, T0 } from './fixtures';

const SAMPLES = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'examples', 'samples.dossier'), 'utf8');

/** The example file as parsed JSON, to break in the ways the tests need (through getAt/setAt). */
function sample(): Record<string, unknown> {
  return JSON.parse(SAMPLES) as Record<string, unknown>;
}

async function problemsOf(input: string | object): Promise<readonly ExchangeProblem[]> {
  const result = await parseExchangeText(typeof input === 'string' ? input : JSON.stringify(input));
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result).not.toHaveProperty('content');
  return result.problems;
}

describe('not a shared file', () => {
  it('not JSON at all', async () => {
    expect(await problemsOf('hello there')).toEqual([{ path: '$', message: 'not JSON: it starts with "hello there"' }]);
    expect((await problemsOf('<!doctype html><html></html>'))[0]?.message).toMatch(/looks like HTML or XML/);
    expect((await problemsOf('{"format": "dossier-workbench", "version": 1,, }'))[0]?.message).toBe(`not JSON: expected a quoted field name at line 1 column 46, found ", }"`);
  });

  it('truncated: says where it ends and that it looks cut off', async () => {
    const cut = SAMPLES.slice(0, Math.floor(SAMPLES.length / 2));
    const [problem] = await problemsOf(cut);
    expect(problem?.path).toBe('$');
    expect(problem?.message).toMatch(/^the file ends unexpectedly at line \d+ column \d+ \(expected .+\): it looks truncated$/);
  });

  it('bytes that are not UTF-8 text, or binary', () => {
    expect(decodeExchangeBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'x.dossier')).toEqual({ ok: false, problem: { path: '$', message: 'x.dossier is not JSON: it is not valid UTF-8 text' } });
    expect(decodeExchangeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1]), 'x.dossier')).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/binary/) } });
    expect(decodeExchangeBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0]), 'x.dossier')).toMatchObject({ ok: false, problem: { message: 'x.dossier is UTF-16 text; shared files are UTF-8' } });
  });

  it('another format: W3C, Hypothesis and STIX files are named and pointed to where they open', async () => {
    const w3c = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items: [] } };
    expect(await problemsOf(w3c)).toEqual([{ path: '$', message: 'this is a W3C Web Annotation file, not a Dossier Workbench file; the workbench opens it with “Open shared file…”' }]);
    const hypothesis = { export_date: T0, export_userid: 'acct:a@hypothes.is', client_version: '1', annotations: [] };
    expect((await problemsOf(hypothesis))[0]?.message).toMatch(/Hypothesis export.*Open shared file…/);
    const stix = { type: 'bundle', id: 'bundle--2a25c3a2-8cbb-4d3a-8ad4-9d4a2d1ee7a4', objects: [] };
    expect(await problemsOf(stix)).toEqual([{ path: '$', message: 'this is a STIX 2.1 bundle, not a Dossier Workbench file; the workbench opens it with “Open shared file…”' }]);
    expect(await problemsOf({ format: 'zotero-export', version: 1 })).toEqual([{ path: '$.format', message: 'must be "dossier-workbench", not "zotero-export": this file is another format' }]);
    expect(await problemsOf({ title: 'no format here' })).toEqual([{ path: '$.format', message: 'required field is missing: this is not a Dossier Workbench file' }]);
    expect(await problemsOf('[1, 2]')).toEqual([{ path: '$', message: 'not a Dossier Workbench file: it must be a JSON object, not a list' }]);
  });

  it('a future version asks for an update', async () => {
    expect(await problemsOf({ ...sample(), version: 7 })).toEqual([{ path: '$.version', message: 'version 7 is newer than this app reads (1); update Dossier Workbench' }]);
    expect(await problemsOf({ ...sample(), version: '1' })).toEqual([{ path: '$.version', message: 'must be a whole number from 1, not "1"' }]);
  });
});

describe('bad records', () => {
  it('missing and wrongly typed fields, each with its path', async () => {
    const file = sample();
    setAt(file, ['annotations', 2, 'motivation'], undefined);
    setAt(file, ['annotations', 3, 'target', 'selector', 1, 'start'], '12');
    setAt(file, ['sources', 1, 'reliability'], 'Z');
    setAt(file, ['links', 0, 'extra'], true);
    const problems = await problemsOf(file);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '$.annotations[2].motivation', message: 'must be "classifying" (missing)' },
        { path: '$.annotations[3].target.selector[1].start', message: 'must be a number, not "12"' },
        { path: '$.sources[1].reliability', message: expect.stringMatching(/^must be "A" or "B".*not "Z"$/) },
        { path: '$.links[0].extra', message: 'unknown field: not part of this format version' },
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('header and record problems are reported together', async () => {
    const file = sample();
    setAt(file, ['exportedBy'], undefined);
    setAt(file, ['dossiers', 0, 'items', 1, 'type'], 'picture');
    const paths = (await problemsOf(file)).map((p) => p.path);
    expect(paths).toEqual(['$.exportedBy', '$.dossiers[0].items[1].type']);
  });

  it('offsets beyond the carried text', async () => {
    const file = sample();
    setAt(file, ['annotations', 0, 'target', 'selector', 1, 'start'], 90_000);
    setAt(file, ['annotations', 0, 'target', 'selector', 1, 'end'], 90_025);
    expect(await problemsOf(file)).toEqual([{ path: '$.annotations[0].target.selector[1].end', message: expect.stringMatching(/^offset 90025 is beyond the end of the source text \(\d+ characters\)$/) }]);
  });

  it('end before start', async () => {
    const file = sample();
    setAt(file, ['annotations', 1, 'target', 'selector', 1, 'end'], getAt(file, ['annotations', 1, 'target', 'selector', 1, 'start']));
    expect((await problemsOf(file))[0]).toMatchObject({ path: '$.annotations[1].target.selector[1].end', message: expect.stringMatching(/must be after start/) });
  });

  it('a quote that does not match its source text', async () => {
    const file = sample();
    setAt(file, ['annotations', 4, 'target', 'selector', 0, 'exact'], 'words the article never says');
    const [problem] = await problemsOf(file);
    expect(problem?.path).toBe('$.annotations[4].target.selector[0].exact');
    expect(problem?.message).toMatch(/^does not match the source text at \d+–\d+, which reads ".+"$/);
    const prefixed = sample();
    setAt(prefixed, ['annotations', 0, 'target', 'selector', 0, 'prefix'], 'not what comes before ');
    expect((await problemsOf(prefixed))[0]?.path).toBe('$.annotations[0].target.selector[0].prefix');
  });

  it('a text changed after export no longer matches its hash; a text not normalised is refused', async () => {
    const changed = sample();
    setAt(changed, ['sources', 1, 'text'], `${String(getAt(changed, ['sources', 1, 'text']))} Added later.`);
    expect(await problemsOf(changed)).toContainEqual({ path: '$.sources[1].textHash', message: expect.stringMatching(/does not match the SHA-256 of the text/) });
    const crlf = sample();
    setAt(crlf, ['sources', 0, 'text'], String(getAt(crlf, ['sources', 0, 'text'])).replace(/\n/g, '\r\n'));
    expect(await problemsOf(crlf)).toContainEqual({ path: '$.sources[0].text', message: expect.stringMatching(/not in normalised form/) });
  });

  it('__proto__, constructor and prototype keys anywhere, however written', async () => {
    const proto = SAMPLES.replace('"dw:actor"', '"__proto__": {"polluted": true}, "dw:actor"');
    expect(await problemsOf(proto)).toEqual([{ path: '$.annotations[0].__proto__', message: 'the key "__proto__" is not allowed in a shared file (it could alter how objects behave when read)' }]);
    const escaped = SAMPLES.replace('"exportedBy": {', '"exportedBy": {"\\u0063onstructor": {},');
    expect(await problemsOf(escaped)).toEqual([{ path: '$.exportedBy.constructor', message: expect.stringContaining('"constructor" is not allowed') }]);
    expect((await problemsOf('{"prototype": 1}'))[0]?.path).toBe('$.prototype');
    const alreadyParsed = await parseExchangeValue(JSON.parse('{"format": "dossier-workbench", "a": [{"__proto__": {}}]}') as unknown);
    expect(alreadyParsed).toMatchObject({ ok: false, problems: [{ path: '$.a[0].__proto__' }] });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('duplicate ids inside one file', async () => {
    const file = sample();
    setAt(file, ['annotations', 5, 'id'], getAt(file, ['annotations', 2, 'id']));
    setAt(file, ['links', 1, 'id'], getAt(file, ['links', 0, 'id']));
    expect(await problemsOf(file)).toEqual(
      expect.arrayContaining([
        { path: '$.annotations[5].id', message: expect.stringMatching(/^duplicate annotation id ".+": item 2 has it too$/) },
        { path: '$.links[1].id', message: expect.stringMatching(/^duplicate link id .*item 0 has it too$/) },
      ]),
    );
  });

  it('a link, or a dossier passage, naming an annotation that is not there', async () => {
    const file = sample();
    setAt(file, ['links', 2, 'toId'], 'c0ffee00-0000-4000-8000-000000000000');
    setAt(file, ['dossiers', 0, 'items', 1, 'annotationId'], 'gone');
    expect(await problemsOf(file)).toEqual([
      { path: '$.links[2].toId', message: 'names annotation "c0ffee00-0000-4000-8000-000000000000", which is not in this file' },
      { path: '$.dossiers[0].items[1].annotationId', message: 'names annotation "gone", which is not in this file' },
    ]);
  });

  it('an annotation naming a source the file does not list', async () => {
    const file = sample();
    setAt(file, ['annotations', 0, 'target', 'source'], `urn:sha256:${'0'.repeat(64)}`);
    expect((await problemsOf(file))[0]).toEqual({ path: '$.annotations[0].target.source', message: 'names no source in this file (urn:sha256:000000000000…)' });
  });

  it('a note whose links could run script', async () => {
    const file = sample();
    setAt(file, ['annotations', 0, 'dw:note'], JSON.stringify({ root: { children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }], type: 'root' } }));
    expect(await problemsOf(file)).toEqual([{ path: "$.annotations[0]['dw:note']", message: 'contains a link to "javascript:alert(1)"; only http(s) and mailto links are allowed' }]);
  });

  it('a file with thousands of problems lists the first 200 and stops checking there', async () => {
    const file = sample();
    setAt(file, ['links'], Array.from({ length: 500 }, (_, i) => ({ id: `l${i}`, fromId: 1, toId: 2, type: 'denies', createdAt: T0 })));
    const problems = await problemsOf(file);
    expect(problems).toHaveLength(201);
    expect(problems[200]).toEqual({ path: '$', message: 'checking stopped after 200 problems; fix these and check again for the rest' });
  });
});

describe('markup is data, never code', () => {
  it('HTML and script in text fields are kept as written and reported as warnings', async () => {
    const file = sample();
    setAt(file, ['annotations', 0, 'dw:actor'], '<img src=x onerror="alert(1)">');
    setAt(file, ['sources', 0, 'title'], '<script>alert("t")</script>');
    setAt(file, ['dossiers', 0, 'summary'], '<a href="javascript:alert(1)">x</a>');
    const result = await parseExchangeText(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.content.annotations[0]?.actor).toBe('<img src=x onerror="alert(1)">');
    expect(result.content.sources[0]?.title).toBe('<script>alert("t")</script>');
    expect(result.warnings.map((w) => w.path)).toEqual(["$.sources[0].title", "$.annotations[0]['dw:actor']", '$.dossiers[0].summary']);
    expect(result.warnings[0]?.message).toBe('contains HTML or script markup; it is kept as written and always shown as plain text, never run');
  });
});

describe('size', () => {
  it('a 300 MB file is refused by its size, before it is read', () => {
    expect(checkExchangeSize(300 * 1024 * 1024, 'team.dossier')).toEqual({ path: '$', message: 'team.dossier is 300.0 MB; shared files larger than 200.0 MB are refused' });
    expect(checkExchangeSize(200 * 1024 * 1024, 'team.dossier')).toBeNull();
    expect(checkExchangeSize(0, 'empty.dossier')?.message).toBe('empty.dossier is empty (0 bytes)');
  });

  // How fast is the benchmark's business (import_ms, hostile_validate_ms), not a clock bound here.
  it('a valid 50 MB file reads whole, reporting progress as it goes', async () => {
    const library = await makeBigLibrary(500, 40, 30_000);
    const text = serializeExchangeFile(buildExchangeFile({ ...library, exportedBy: 'Bulk', exportedAt: T0, scope: { kind: 'library', label: 'bulk' }, includeText: true }));
    expect(new TextEncoder().encode(text).byteLength).toBeGreaterThan(50 * 1024 * 1024);
    const fractions: number[] = [];
    const result = await parseExchangeText(text, { onProgress: (fraction) => fractions.push(fraction) });
    expect(result.ok && result.content.annotations.length).toBe(20_000);
    expect(fractions.length).toBeGreaterThan(20);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] ?? 0))).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
  }, 180_000);
});
