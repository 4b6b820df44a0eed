// Reduces Markdown to the plain text an analyst reads: markup goes, words and paragraphs stay.
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

/** The words of an inline run: text, code and image descriptions; markup and HTML go. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += inlineText(child.children ?? []);
  }
  return text;
}

export function markdownToText(markdown: string): MarkdownArticle {
  let title = '';
  const pieces: string[] = [];
  // Items of a tight list stay one per line; every other block is a paragraph of its own.
  let afterTightItem = false;
  let tightParagraph = false;
  let inHeading = false;
  let listDepth = 0;
  const add = (text: string, tightItem: boolean): void => {
    if (pieces.length > 0) pieces.push(tightItem && afterTightItem ? '\n' : '\n\n');
    pieces.push(text);
    afterTightItem = tightItem;
  };
  for (const token of parser.parse(markdown, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        // A list starts a paragraph; a list inside an item goes on line by line.
        if (listDepth === 0) afterTightItem = false;
        listDepth += 1;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth -= 1;
        break;
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
