// Reads stored Lexical editor JSON (notes, narrative sections) into a small tree of known blocks
// and inlines, for views that show rich text without an editor: the composer's previews and the
// print view. Notes may come from colleagues' files, so only known shapes and safe links survive.
import { isSafeLinkUrl } from '../../../../shared/text/safeLinks';

export interface TextRun {
  readonly kind: 'text';
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strikethrough: boolean;
  readonly code: boolean;
}
export interface LinkRun {
  readonly kind: 'link';
  /** Null when the address was not a safe one: the words stay, the link goes. */
  readonly url: string | null;
  readonly children: readonly Inline[];
}
export type Inline = TextRun | LinkRun | { readonly kind: 'break' };

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly start: number;
  readonly items: readonly (readonly RichBlock[])[];
}
export type RichBlock =
  | { readonly kind: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly kind: 'heading'; readonly level: number; readonly children: readonly Inline[] }
  | { readonly kind: 'quote'; readonly children: readonly Inline[] }
  | ListBlock;

// Lexical's text format bits (lexical/LexicalConstants).
const IS_BOLD = 1;
const IS_ITALIC = 2;
const IS_STRIKETHROUGH = 4;
const IS_UNDERLINE = 8;
const IS_CODE = 16;

/** Deeper nesting than any editor produces is hostile or broken; stop before the stack does. */
const MAX_DEPTH = 40;

type JsonNode = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

function readInlines(nodes: readonly JsonNode[], depth: number): Inline[] {
  if (depth > MAX_DEPTH) return [];
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'linebreak') return [{ kind: 'break' }];
    if (node.type === 'tab') return [plainRun('\t')];
    if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string') {
      const url = isSafeLinkUrl(node.url) ? node.url : null;
      return [{ kind: 'link', url, children: readInlines(childrenOf(node), depth + 1) }];
    }
    if (typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      return [
        {
          kind: 'text',
          text: node.text,
          bold: (format & IS_BOLD) !== 0,
          italic: (format & IS_ITALIC) !== 0,
          underline: (format & IS_UNDERLINE) !== 0,
          strikethrough: (format & IS_STRIKETHROUGH) !== 0,
          code: (format & IS_CODE) !== 0,
        },
      ];
    }
    // An inline of a kind this view does not know: keep its words.
    return readInlines(childrenOf(node), depth + 1);
  });
}

function plainRun(text: string): TextRun {
  return { kind: 'text', text, bold: false, italic: false, underline: false, strikethrough: false, code: false };
}

function readBlocks(nodes: readonly JsonNode[], depth: number): RichBlock[] {
  if (depth > MAX_DEPTH) return [];
  return nodes.flatMap((node): RichBlock[] => {
    const children = childrenOf(node);
    switch (node.type) {
      case 'heading': {
        const level = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? Number(node.tag.slice(1)) : 2;
        return [{ kind: 'heading', level, children: readInlines(children, depth + 1) }];
      }
      case 'quote':
        return [{ kind: 'quote', children: readInlines(children, depth + 1) }];
      case 'list': {
        const start = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1;
        const items = children.map((item) => readListItem(item, depth + 1));
        return [{ kind: 'list', ordered: node.listType === 'number', start, items }];
      }
      default:
        return [{ kind: 'paragraph', children: readInlines(children, depth + 1) }];
    }
  });
}

/** A list item holds inline text and, for a nested list, a list node among its children. */
function readListItem(item: JsonNode, depth: number): RichBlock[] {
  const blocks: RichBlock[] = [];
  let inlines: JsonNode[] = [];
  const flush = (): void => {
    if (inlines.length > 0) blocks.push({ kind: 'paragraph', children: readInlines(inlines, depth + 1) });
    inlines = [];
  };
  for (const child of childrenOf(item)) {
    if (child.type === 'list') {
      flush();
      blocks.push(...readBlocks([child], depth + 1));
    } else inlines.push(child);
  }
  flush();
  return blocks;
}

/** The blocks of stored editor JSON; a plain paragraph of `fallbackText` when the JSON is empty or unreadable. */
export function readRichText(json: string, fallbackText = ''): RichBlock[] {
  if (json) {
    try {
      const value: unknown = JSON.parse(json);
      const root = isNode(value) && isNode(value.root) ? value.root : null;
      if (root) return readBlocks(childrenOf(root), 0);
    } catch {
      // Unreadable JSON falls back to the plain text kept beside it.
    }
  }
  return fallbackText ? fallbackText.split('\n').map((line) => ({ kind: 'paragraph', children: line ? [plainRun(line)] : [] })) : [];
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'break' ? ' ' : inlineText(inline.children))).join('');
}

/** What a narrative section is called in the contents: its first heading, else its first words. */
export function sectionTitle(blocks: readonly RichBlock[], max = 80): string {
  const heading = blocks.find((block) => block.kind === 'heading');
  const first = heading ?? blocks.find((block) => block.kind !== 'list' && inlineText(block.children).trim() !== '');
  const text = first && first.kind !== 'list' ? inlineText(first.children).replace(/\s+/g, ' ').trim() : '';
  if (!text) return 'Untitled section';
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
