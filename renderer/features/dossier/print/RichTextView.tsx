// Shows rich text read from editor JSON (see richTextTree) as plain React elements: every word is
// rendered as text, and only links that passed the safe-address check become links.
import { Fragment, type ReactNode } from 'react';
import type { Inline, RichBlock } from '../model/richTextTree';

interface RichTextViewProps {
  readonly blocks: readonly RichBlock[];
  /** The lowest heading level allowed, so sections sit under the document's own headings. */
  readonly minHeadingLevel?: number;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function InlineView({ inline }: { readonly inline: Inline }): ReactNode {
  if (inline.kind === 'break') return <br />;
  if (inline.kind === 'link') {
    const words = inline.children.map((child, i) => <InlineView key={i} inline={child} />);
    return inline.url ? (
      <a href={inline.url} rel="noreferrer noopener">
        {words}
      </a>
    ) : (
      <>{words}</>
    );
  }
  let node: ReactNode = inline.text;
  if (inline.code) node = <code>{node}</code>;
  if (inline.strikethrough) node = <s>{node}</s>;
  if (inline.underline) node = <u>{node}</u>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  return node;
}

function Inlines({ inlines }: { readonly inlines: readonly Inline[] }): ReactNode {
  return inlines.map((inline, i) => <InlineView key={i} inline={inline} />);
}

function BlockView({ block, minHeadingLevel }: { readonly block: RichBlock; readonly minHeadingLevel: number }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Tag = HEADING_TAGS[Math.min(6, Math.max(minHeadingLevel, block.level)) - 1] ?? 'h6';
      return (
        <Tag dir="auto">
          <Inlines inlines={block.children} />
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote dir="auto">
          <Inlines inlines={block.children} />
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          {item.map((child, j) => (
            <Fragment key={j}>{child.kind === 'paragraph' ? <Inlines inlines={child.children} /> : <BlockView block={child} minHeadingLevel={minHeadingLevel} />}</Fragment>
          ))}
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'paragraph':
      return (
        <p dir="auto">
          <Inlines inlines={block.children} />
        </p>
      );
  }
}

export function RichTextView({ blocks, minHeadingLevel = 2 }: RichTextViewProps): ReactNode {
  return blocks.map((block, i) => <BlockView key={i} block={block} minHeadingLevel={minHeadingLevel} />);
}
