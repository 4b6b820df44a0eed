// Checks the optional `sourceVersions` list of a shared file: each earlier text names a source of
// the file, appears once, differs from its source's current text and matches its hash. Annotations
// tied to an earlier version are then checked against that version's text.
import { normaliseText } from '../text/normalise';
import { sha256Hex } from '../text/sha256';
import type { ExchangeContent, ExchangeSource } from './format';
import type { PathSegment, ProblemList } from './problems';

/** Each earlier text as the source it belongs to, so an annotation made on it resolves to that source. */
export function versionsAsSources(content: ExchangeContent): [string, ExchangeSource][] {
  const byId = new Map(content.sources.map((s) => [s.id, s] as const));
  return (content.sourceVersions ?? []).flatMap((version): [string, ExchangeSource][] => {
    const source = byId.get(version.sourceId);
    if (!source) return [];
    const { text: _current, ...metadata } = source;
    return [[version.textHash, { ...metadata, textHash: version.textHash, ...(version.text === undefined ? {} : { text: version.text }) }]];
  });
}

export async function checkSourceVersions(content: ExchangeContent, problems: ProblemList): Promise<void> {
  const byId = new Map(content.sources.map((s) => [s.id, s] as const));
  const seen = new Set<string>();
  for (const [index, version] of (content.sourceVersions ?? []).entries()) {
    if (problems.full) return;
    const path: PathSegment[] = ['sourceVersions', index];
    const source = byId.get(version.sourceId);
    if (!source) {
      problems.add([...path, 'sourceId'], `names source ${JSON.stringify(version.sourceId)}, which is not in this file`);
      continue;
    }
    const key = `${version.sourceId}\n${version.textHash}`;
    if (seen.has(key)) problems.add([...path, 'textHash'], 'is listed twice for the same source');
    seen.add(key);
    if (version.textHash === source.textHash) problems.add([...path, 'textHash'], 'is the source’s current text, not an earlier version');
    if (version.text === undefined) continue;
    if (normaliseText(version.text) !== version.text) {
      problems.add([...path, 'text'], 'is not in normalised form (NFC, \\n line ends, no trailing spaces or blank edges), so its offsets cannot be trusted');
    } else if ((await sha256Hex(version.text)) !== version.textHash) {
      problems.add([...path, 'textHash'], 'does not match the SHA-256 of the text: the text was changed after export, or the hash is wrong');
    }
  }
}
