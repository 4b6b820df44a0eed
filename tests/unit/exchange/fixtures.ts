// Builders for exchange tests: sources with real hashes, annotations with real selectors, and
// libraries of any size, all through the same shared/ code the app uses.
import { describeSelection } from '../../../shared/anchoring';
import { createAnnotation, type Annotation } from '../../../shared/model';
import type { Source } from '../../../shared/model/source';
import { sha256Hex } from '../../../shared/text/sha256';
import type { LibrarySnapshot } from '../../../shared/exchange';

export const T0 = '2026-03-10T09:00:00.000Z';
export const T1 = '2026-03-11T09:00:00.000Z';
export const T2 = '2026-03-12T09:00:00.000Z';

export async function makeSource(id: string, text: string, overrides: Partial<Source> = {}): Promise<Source> {
  return {
    id,
    title: `Article ${id}`,
    publisher: '',
    author: '',
    url: '',
    publishedDate: '',
    importedAt: T0,
    updatedAt: T0,
    language: 'en',
    text,
    textHash: await sha256Hex(text),
    reliability: 'C',
    tags: [],
    origin: 'file',
    ...overrides,
  };
}

/** An annotation on the first occurrence of `quote` in the source's text. */
export function makeAnnotation(id: string, source: Pick<Source, 'id' | 'text' | 'textHash'>, quote: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const placement = describeSelection(source.text, start, start + quote.length);
  return { ...createAnnotation({ id, source, placement, kind: 'claim', author: 'Alice', at: T0 }), ...overrides };
}

export function emptyLibrary(): LibrarySnapshot {
  return { sources: [], annotations: [], links: [], dossiers: [], conflicts: [] };
}

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

const WORDS = ['drone', 'strike', 'denied', 'Baku', 'Tehran', 'minister', 'said', 'on', 'the', 'border', 'report', 'claims', 'official', 'statement'];

/** A library of `sourceCount` articles of about `textLength` characters with `perSource` annotations each. */
export async function makeBigLibrary(sourceCount: number, perSource: number, textLength: number): Promise<LibrarySnapshot> {
  const sources: Source[] = [];
  const annotations: Annotation[] = [];
  for (let s = 0; s < sourceCount; s += 1) {
    const words: string[] = [`Article ${s} begins.`];
    let length = 0;
    for (let w = 0; length < textLength; w += 1) {
      const word = WORDS[(w * 7 + s) % WORDS.length] ?? 'word';
      words.push(w % 17 === 16 ? `${word}.\n\n` : word);
      length += word.length + 1;
    }
    const text = words.join(' ').replace(/ \n\n /g, '\n\n');
    const source = await makeSource(uuid(s + 1), text);
    sources.push(source);
    const step = Math.floor(text.length / (perSource + 1));
    for (let a = 0; a < perSource; a += 1) {
      const start = step * (a + 1);
      const selectors = describeSelection(text, start, start + 20);
      annotations.push({
        ...makeAnnotation(uuid(1_000_000 + s * perSource + a), source, text.slice(start, start + 20)),
        ...selectors,
        kind: (['claim', 'denial', 'action'] as const)[a % 3] ?? 'claim',
        noteText: `Note ${a}`,
        tags: ['bulk'],
      });
    }
  }
  return { sources, annotations, links: [], dossiers: [], conflicts: [] };
}

export type JsonPath = readonly (string | number)[];

/** The value at a path inside parsed JSON; throws when the path does not exist. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) throw new Error(`no ${String(key)} in ${JSON.stringify(path)}`);
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets (or, with `undefined`, deletes) the value at a path inside parsed JSON, as a hand-edited file would. */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof parent !== 'object' || parent === null || key === undefined) throw new Error(`cannot set ${JSON.stringify(path)}`);
  if (value === undefined) delete (parent as Record<string | number, unknown>)[key];
  else (parent as Record<string | number, unknown>)[key] = value;
}
