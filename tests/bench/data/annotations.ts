// Annotation records over a generated article, as the workbench stores them: selectors from
// shared/anchoring, every field the schema asks for, dates fixed so runs are identical.
import { describeSelection } from '../../../shared/anchoring';
import { ANNOTATION_KINDS, createAnnotation, type Annotation } from '../../../shared/model';
import type { GeneratedArticle } from './article';
import type { Random } from './random';

const ACTORS = ['Azerbaijan', 'Iran', 'IRGC', 'DTX', 'Ilham Aliyev', 'Masoud Pezeshkian', 'Turkey', 'Russia', 'Armenia', ''];
const TAGS = ['nakhchivan', 'drones', 'border', 'pipeline', 'diplomacy', 'detentions'];
const BASE_TIME = Date.UTC(2026, 2, 1, 9, 0, 0);

export interface AnnotationSource {
  readonly id: string;
  readonly textHash: string;
}

/** Word-aligned [start, end) inside one sentence: the whole sentence or a clause of it. */
function passageIn(text: string, random: Random, sentence: { start: number; end: number }): { start: number; end: number } {
  if (random.chance(0.3)) return sentence;
  const words: number[] = [];
  for (let i = sentence.start; i < sentence.end; i += 1) if (i === sentence.start || text[i - 1] === ' ') words.push(i);
  const first = random.int(0, Math.max(0, words.length - 3));
  const last = Math.min(words.length, first + random.int(2, 12));
  const start = words[first] ?? sentence.start;
  const end = last >= words.length ? sentence.end : (words[last] ?? sentence.end) - 1;
  return end > start ? { start, end } : sentence;
}

function noteJson(text: string): string {
  const textNode = { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
  const paragraph = { children: [textNode], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' };
  return JSON.stringify({ root: { children: [paragraph], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } });
}

/**
 * `count` annotations spread over the article's sentences; about 1% span two sentences across
 * a paragraph break, so painting is exercised over several text nodes.
 */
export function generateAnnotations(random: Random, article: GeneratedArticle, source: AnnotationSource, count: number): Annotation[] {
  const { text, sentences } = article;
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = random.int(0, sentences.length - 2);
    const sentence = sentences[index];
    const following = sentences[index + 1];
    if (!sentence || !following) throw new Error('article too short');
    const { start, end } = random.chance(0.01) ? { start: sentence.start, end: following.end } : passageIn(text, random, sentence);
    const time = new Date(BASE_TIME + i * 61_000).toISOString();
    const noteText = random.chance(0.2) ? `Checked against ${random.pick(ACTORS) || 'the wire'} reporting; follow up.` : '';
    annotations.push(
      createAnnotation({
        id: random.uuid(),
        source,
        placement: describeSelection(text, start, end),
        kind: random.pick(ANNOTATION_KINDS),
        author: 'Bench analyst',
        at: time,
        fields: {
          actor: random.pick(ACTORS),
          target: random.pick(ACTORS),
          eventDate: { value: random.chance(0.5) ? `2026-0${random.int(1, 9)}-1${random.int(0, 9)}` : '', precision: 'day' },
          credibility: random.chance(0.5) ? random.pick([1, 2, 3, 4, 5, 6] as const) : null,
          tags: random.chance(0.4) ? [random.pick(TAGS)] : [],
          note: noteText ? noteJson(noteText) : '',
          noteText,
        },
      }),
    );
  }
  return annotations;
}
