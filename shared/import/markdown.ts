// Reduces Markdown to the plain text an analyst reads: markup goes; words, paragraphs, the
// numbers of ordered lists and the targets of links ("text (url)") stay.
// markdown-it parses it (CommonMark, linear time, maintained): hand-written patterns took
// quadratic time on lines such as `*a *a *a …`, 7.7 s for 120 KB.
import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export interface MarkdownArticle {
  readonly title: string;
  readonly text: string;
}

/** HTML is recognised so it can be dropped; nothing is rendered, so nothing in it can run. */
const parser = new MarkdownIt('commonmark', { html: true });

/**
 * A link's target as a reader would write it out, or '' when it adds nothing: a fragment or a
 * relative path means nothing outside the original site, and an autolink already shows itself.
 */
function linkTarget(href: string, linkText: string): string {
  if (!/^(https?|mailto):/i.test(href)) return '';
  const shown = parser.normalizeLinkText(href);
  return shown === linkText || shown === `mailto:${linkText}` ? '' : shown;
}

/** The words of an inline run: text, code, image descriptions and link targets; markup and HTML go. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  // Links do not nest in CommonMark; their text may hold emphasis, so the target waits for link_close.
  let link: { readonly href: string; readonly start: number } | null = null;
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += inlineText(child.children ?? []);
    else if (child.type === 'link_open') link = { href: String(child.attrGet('href') ?? ''), start: text.length };
    else if (child.type === 'link_close' && link) {
      const target = linkTarget(link.href, text.slice(link.start));
      if (target) text += ` (${target})`;
      link = null;
    }
  }
  return text;
}

/** The number a reader sees before each item: CommonMark counts on from the list's first number. */
interface OrderedList {
  next: number;
}

export function markdownToText(markdown: string): MarkdownArticle {
  let title = '';
  const pieces: string[] = [];
  // Items of a tight list stay one per line; every other block is a paragraph of its own.
  let afterTightItem = false;
  let tightParagraph = false;
  let inHeading = false;
  let listDepth = 0;
  // One entry per open list, null for a bulleted one; the item's number waits for its first block.
  const lists: (OrderedList | null)[] = [];
  let itemNumber = '';
  const add = (text: string, tightItem: boolean): void => {
    if (pieces.length > 0) pieces.push(tightItem && afterTightItem ? '\n' : '\n\n');
    pieces.push(itemNumber + text);
    itemNumber = '';
    afterTightItem = tightItem;
  };
  for (const token of parser.parse(markdown, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        // A list starts a paragraph; a list inside an item goes on line by line.
        if (listDepth === 0) afterTightItem = false;
        listDepth += 1;
        lists.push(token.type === 'ordered_list_open' ? { next: Number(token.attrGet('start') ?? 1) } : null);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth -= 1;
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        if (list) {
          itemNumber = `${list.next}${token.markup} `;
          list.next += 1;
        }
        break;
      }
      case 'paragraph_open':
        // markdown-it hides the paragraphs of a tight list's items.
        tightParagraph = token.hidden;
        break;
      case 'heading_open':
        inHeading = true;
        tightParagraph = false;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'inline': {
        const text = inlineText(token.children ?? []);
        if (inHeading && !title) title = text.trim();
        add(text, tightParagraph);
        break;
      }
      case 'fence':
      case 'code_block':
        add(token.content.replace(/\n$/, ''), false);
        break;
      default:
        break;
    }
  }
  return { title, text: pieces.join('') };
}
