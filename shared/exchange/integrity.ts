// Checks across records that no per-record schema can make: ids unique, every reference resolved,
// carried texts matching their hashes, offsets inside them and quotes matching what is there.
import { normaliseText } from '../text/normalise';
import { sha256Hex } from '../text/sha256';
import type { Annotation } from '../model/annotation';
import type { ExchangeContent, ExchangeSource } from './format';
import { checkNoteJson } from './lexicalNote';
import { showValue, type PathSegment, type ProblemList } from './problems';
import { checkSourceVersions, versionsAsSources } from './versionIntegrity';

/**
 * Markup in a text field is kept and shown as text; the warning tells the analyst it is there.
 * Every quantifier is bounded, which keeps the scan linear: `<\s*\/?\s*` took quadratic time on a
 * `<` followed by a long run of spaces (9 s for 40,000 of them).
 */
const MARKUP = /<\s{0,20}\/?\s{0,20}[a-z!][^<>]{0,500}>|javascript\s{0,20}:/i;

export interface IntegrityReport {
  readonly problems: ProblemList;
  readonly warnings: ProblemList;
}

export async function checkIntegrity(content: ExchangeContent, report: IntegrityReport, onStep: (fraction: number) => Promise<void>): Promise<void> {
  const { problems } = report;
  checkUnique(content.sources, (s) => s.id, ['sources'], 'id', 'source id', problems);
  checkUnique(content.sources, (s) => s.textHash, ['sources'], 'textHash', 'text (the same hash)', problems);
  checkUnique(content.annotations, (a) => a.id, ['annotations'], 'id', 'annotation id', problems);
  checkUnique(content.links, (l) => l.id, ['links'], 'id', 'link id', problems);
  checkUnique(content.dossiers, (d) => d.id, ['dossiers'], 'id', 'dossier id', problems);
  checkUnique(content.conflicts, (c) => c.id, ['conflicts'], 'id', 'conflict id', problems);

  if (problems.full) return;
  const sourcesByHash = new Map([...versionsAsSources(content), ...content.sources.map((s) => [s.textHash, s] as const)]);
  await checkSourceTexts(content.sources, report, onStep);
  await checkSourceVersions(content, problems);
  for (const [index, annotation] of content.annotations.entries()) {
    // A full report says enough; checking on would only burn time on a hostile file.
    if (problems.full) return;
    checkAnnotation(annotation, ['annotations', index], sourcesByHash, report);
  }

  const annotationIds = new Set(content.annotations.map((a) => a.id));
  content.links.forEach((link, index) => {
    for (const end of ['fromId', 'toId'] as const) {
      if (!annotationIds.has(link[end])) problems.add(['links', index, end], `names annotation ${showValue(link[end])}, which is not in this file`);
    }
    if (link.fromId === link.toId) problems.add(['links', index, 'toId'], 'a link cannot join an annotation to itself');
  });
  content.dossiers.forEach((dossier, index) => {
    checkUnique(dossier.items, (item) => item.id, ['dossiers', index, 'items'], 'id', 'item id', problems);
    dossier.items.forEach((item, itemIndex) => {
      const path: PathSegment[] = ['dossiers', index, 'items', itemIndex];
      if (item.type === 'passage') {
        if (!annotationIds.has(item.annotationId)) problems.add([...path, 'annotationId'], `names annotation ${showValue(item.annotationId)}, which is not in this file`);
        warnMarkup(report, [...path, 'commentary'], item.commentary);
      } else if (item.type === 'view') {
        warnMarkup(report, [...path, 'title'], item.title);
      } else {
        warnMarkup(report, [...path, 'contentText'], item.contentText);
        const noteProblem = checkNoteJson(item.content);
        if (noteProblem) problems.add([...path, 'content'], noteProblem);
      }
    });
    for (const field of ['title', 'subtitle', 'author', 'handling', 'summary'] as const) warnMarkup(report, ['dossiers', index, field], dossier[field]);
  });
  content.conflicts.forEach((conflict, index) => {
    for (const side of ['local', 'incoming'] as const) {
      if (conflict[side].id !== conflict.annotationId) {
        problems.add(['conflicts', index, side, 'id'], `must be the conflict's annotation ${showValue(conflict.annotationId)}`);
      }
    }
  });
}

function checkUnique<T>(
  items: readonly T[],
  key: (item: T) => string,
  listPath: readonly PathSegment[],
  field: string,
  what: string,
  problems: ProblemList,
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const earlier = firstIndex.get(value);
    if (earlier === undefined) firstIndex.set(value, index);
    else problems.add([...listPath, index, field], `duplicate ${what} ${showValue(value)}: item ${earlier} has it too`);
  });
}

/**
 * Page starts begin at 0 and never fall (a page without text starts where the next one does),
 * each at most the text's length when the file carries it.
 */
function checkPageStarts(pageStarts: readonly number[], text: string | undefined, path: PathSegment[], problems: ProblemList): void {
  if (pageStarts[0] !== 0) problems.add([...path, 0], 'the first page must start at offset 0');
  const wrong = pageStarts.findIndex((start, i) => i > 0 && start < (pageStarts[i - 1] ?? 0));
  if (wrong > 0) problems.add([...path, wrong], 'page starts must not fall: each page begins where the one before does, or after it');
  const last = pageStarts[pageStarts.length - 1] ?? 0;
  if (text !== undefined && last > text.length) problems.add([...path, pageStarts.length - 1], `lies past the end of the text (${text.length} characters)`);
}

async function checkSourceTexts(sources: readonly ExchangeSource[], report: IntegrityReport, onStep: (fraction: number) => Promise<void>): Promise<void> {
  for (const [index, source] of sources.entries()) {
    if (report.problems.full) return;
    const path: PathSegment[] = ['sources', index];
    for (const field of ['title', 'publisher', 'author'] as const) warnMarkup(report, [...path, field], source[field]);
    if (source.pageStarts) checkPageStarts(source.pageStarts, source.text, [...path, 'pageStarts'], report.problems);
    if (source.text === undefined) continue;
    warnMarkup(report, [...path, 'text'], source.text);
    // Offsets and hashes are taken over the normalised form; any other form would misplace every highlight.
    if (normaliseText(source.text) !== source.text) {
      report.problems.add([...path, 'text'], 'is not in normalised form (NFC, \\n line ends, no trailing spaces or blank edges), so its offsets cannot be trusted');
    } else if ((await sha256Hex(source.text)) !== source.textHash) {
      report.problems.add([...path, 'textHash'], 'does not match the SHA-256 of the text: the text was changed after export, or the hash is wrong');
    }
    await onStep((index + 1) / sources.length);
  }
}

function checkAnnotation(annotation: Annotation, path: readonly PathSegment[], sourcesByHash: ReadonlyMap<string, ExchangeSource>, report: IntegrityReport): void {
  const { problems } = report;
  const source = sourcesByHash.get(annotation.sourceHash);
  for (const field of ['actor', 'target', 'noteText', 'author'] as const) {
    const at: PathSegment[] = field === 'noteText' ? [...path, 'body'] : field === 'author' ? [...path, 'creator', 'name'] : [...path, `dw:${field}`];
    warnMarkup(report, at, annotation[field]);
  }
  annotation.tags.forEach((tag) => warnMarkup(report, [...path, 'body'], tag));
  const noteProblem = checkNoteJson(annotation.note);
  if (noteProblem) problems.add([...path, 'dw:note'], noteProblem);
  if (!source) {
    problems.add([...path, 'target', 'source'], `names no source in this file (urn:sha256:${annotation.sourceHash.slice(0, 12)}…)`);
    return;
  }
  if (source.id !== annotation.sourceId) {
    problems.add([...path, 'dw:sourceId'], `is ${showValue(annotation.sourceId)}, but the source with this hash has id ${showValue(source.id)}`);
  }
  // Without the text there is nothing to check against; the importer re-anchors in its own copy.
  // An orphan's offsets are where it used to be, kept only as a hint.
  if (source.text === undefined || annotation.anchor.state === 'orphan') return;
  checkQuoteAgainstText(annotation, source.text, [...path, 'target', 'selector'], problems);
}

function checkQuoteAgainstText(annotation: Annotation, text: string, selectorPath: readonly PathSegment[], problems: ProblemList): void {
  const { start, end } = annotation.position;
  const { exact, prefix, suffix } = annotation.quote;
  if (end > text.length) {
    problems.add([...selectorPath, 1, 'end'], `offset ${end} is beyond the end of the source text (${text.length} characters)`);
    return;
  }
  const found = text.slice(start, end);
  if (found !== exact) {
    problems.add([...selectorPath, 0, 'exact'], `does not match the source text at ${start}–${end}, which reads ${showValue(found)}`);
  } else if (text.slice(Math.max(0, start - prefix.length), start) !== prefix) {
    problems.add([...selectorPath, 0, 'prefix'], `does not match the text before the quote at ${start}`);
  } else if (text.slice(end, end + suffix.length) !== suffix) {
    problems.add([...selectorPath, 0, 'suffix'], `does not match the text after the quote at ${end}`);
  }
}

function warnMarkup(report: IntegrityReport, path: readonly PathSegment[], value: string): void {
  if (value !== '' && MARKUP.test(value)) {
    report.warnings.add(path, 'contains HTML or script markup; it is kept as written and always shown as plain text, never run');
  }
}
