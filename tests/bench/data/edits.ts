// Edits a share of an article's sentences the way a publisher revises a story: a word
// replaced, a word inserted or a word dropped, so some passages move and some change wording.
import type { GeneratedArticle } from './article';
import type { Random } from './random';

const INSERTED = ['reportedly', 'officially', 'again', 'publicly', 'later', 'also'];
const REPLACEMENTS = ['officials', 'sources', 'ministers', 'observers', 'witnesses', 'authorities'];

function editSentence(sentence: string, random: Random): string {
  const words = sentence.split(' ');
  if (words.length < 4) return `${sentence.slice(0, -1)} ${random.pick(INSERTED)}.`;
  const at = random.int(1, words.length - 2);
  switch (random.int(0, 2)) {
    case 0:
      words[at] = random.pick(REPLACEMENTS);
      break;
    case 1:
      words.splice(at, 0, random.pick(INSERTED));
      break;
    default:
      words.splice(at, 1);
  }
  return words.join(' ');
}

/** The article with `share` of its sentences edited (chosen by the seed). */
export function editSentences(article: GeneratedArticle, random: Random, share: number): string {
  let text = '';
  let from = 0;
  for (const sentence of article.sentences) {
    if (!random.chance(share)) continue;
    text += article.text.slice(from, sentence.start) + editSentence(article.text.slice(sentence.start, sentence.end), random);
    from = sentence.end;
  }
  return text + article.text.slice(from);
}
