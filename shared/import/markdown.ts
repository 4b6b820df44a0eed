// Reduces Markdown to the plain text an analyst reads: markup goes, words and paragraphs stay.

export interface MarkdownArticle {
  readonly title: string;
  readonly text: string;
}

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1');
}

export function markdownToText(markdown: string): MarkdownArticle {
  let title = '';
  const out: string[] = [];
  let inFence = false;
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(rawLine);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(rawLine)) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(rawLine);
    if (heading) {
      const text = stripInline(heading[1] ?? '');
      if (!title) title = text;
      out.push(text);
      continue;
    }
    const line = rawLine
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^(\s*)([-*+]|\d+[.)])\s+/, '$1');
    out.push(stripInline(line));
  }
  return { title, text: out.join('\n') };
}
