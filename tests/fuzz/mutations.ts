// fast-check arbitraries that damage a valid file the ways a colleague's tool, a bad transfer or
// an attacker would: drop, duplicate and retype fields, shift offsets, nest values, plant hostile
// strings, and swap the encoding of the whole file.
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

export type Mutation =
  | { readonly op: 'drop'; readonly pick: number }
  | { readonly op: 'duplicate'; readonly pick: number }
  | { readonly op: 'retype'; readonly pick: number; readonly value: Json }
  | { readonly op: 'shift'; readonly pick: number; readonly by: number }
  | { readonly op: 'nest'; readonly pick: number; readonly depth: number }
  | { readonly op: 'plant'; readonly pick: number; readonly text: string };

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'latin1' | 'truncated' | 'trailing-garbage';

const HOSTILE_STRINGS = [
  '\ud800',
  '\udfff tail',
  '\u0000',
  '\u001b[31mred',
  '\u202eevil',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '__proto__',
  '\r\n',
  '\uFEFF',
  'x'.repeat(5000),
];

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat(), value: jsonValue }),
  fc.record({ op: fc.constant('shift' as const), pick: fc.nat(), by: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom(1e9, -1e9, 2 ** 53)) }),
  fc.record({ op: fc.constant('nest' as const), pick: fc.nat(), depth: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(99, 150, 5000)) }),
  fc.record({ op: fc.constant('plant' as const), pick: fc.nat(), text: fc.constantFrom(...HOSTILE_STRINGS) }),
);

export const encodingArbitrary: fc.Arbitrary<Encoding> = fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8-bom', 'utf16le-bom', 'latin1', 'truncated', 'trailing-garbage');

/** Every path in the value, parents before children, capped so a big file stays cheap to mutate. */
function pathsOf(root: Json, cap = 20_000): Segment[][] {
  const paths: Segment[][] = [];
  const stack: { value: Json; path: Segment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && paths.length < cap) {
    const { value, path } = stack.pop() as { value: Json; path: Segment[] };
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) value.forEach((child, i) => stack.push({ value: child, path: [...path, i] }));
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return paths;
}

function parentOf(root: Json, path: readonly Segment[]): { parent: Json[] | { [key: string]: Json }; key: Segment } | null {
  let at: Json = root;
  for (const segment of path.slice(0, -1)) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, Json>)[segment as string] ?? null;
  }
  if (at === null || typeof at !== 'object') return null;
  return { parent: at, key: path[path.length - 1] as Segment };
}

export function applyMutation(root: Json, mutation: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[mutation.pick % Math.max(paths.length, 1)];
  if (!path) return root;
  const place = parentOf(root, path);
  if (!place) return root;
  const { parent, key } = place;
  const container = parent as Record<string, Json>;
  const current = container[key as string] ?? null;
  switch (mutation.op) {
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete container[key as string];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(current));
      else container[`${String(key)}`] = structuredClone(current);
      break;
    case 'retype':
      container[key as string] = mutation.value;
      break;
    case 'shift':
      container[key as string] = typeof current === 'number' ? current + mutation.by : mutation.by;
      break;
    case 'nest': {
      if (mutation.depth > SHALLOW) {
        // Built as text by serialise(): a value this deep would overflow the test's own JSON.stringify.
        container[key as string] = `${DEEP_MARK}${mutation.depth}`;
        break;
      }
      let value: Json = current;
      for (let i = 0; i < mutation.depth; i += 1) value = i % 2 === 0 ? [value] : { v: value };
      container[key as string] = value;
      break;
    }
    default:
      container[key as string] = typeof current === 'string' ? `${current.slice(0, 3)}${mutation.text}${current.slice(3)}` : mutation.text;
  }
  return root;
}

const SHALLOW = 50;
const DEEP_MARK = 'fuzz-deep-nesting:';

/** JSON text of the mutated value, with deep nesting spliced in where a mutation marked it. */
export function serialise(value: Json): string {
  return JSON.stringify(value).replace(new RegExp(`"${DEEP_MARK}(\\d+)"`, 'g'), (_match, depth: string) => `${'['.repeat(Number(depth))}1${']'.repeat(Number(depth))}`);
}

export function encode(text: string, encoding: Encoding, cut: number): Uint8Array {
  switch (encoding) {
    case 'utf8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf16le-bom':
      return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
    case 'truncated': {
      const bytes = new TextEncoder().encode(text);
      return bytes.subarray(0, cut % Math.max(bytes.length, 1));
    }
    case 'trailing-garbage':
      return new TextEncoder().encode(`${text}\u0000garbage`);
    default:
      return new TextEncoder().encode(text);
  }
}

export type { Json };
