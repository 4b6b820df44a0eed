// Merges the earlier versions of articles a file carries: each joins the library's copy of its
// source unless already kept there, and annotations tied to an earlier version resolve to its
// article. Orphans tied to a version both sides keep stay tied to it rather than re-anchored.
import type { Annotation } from '../model/annotation';
import type { LibrarySnapshot } from './build';
import { hasText, type ExchangeContent, type ExchangeSourceVersion } from './format';
import type { SourceResolution } from './mergeSources';

export interface VersionMerge {
  /** Resolutions for hashes of earlier versions, where sources alone resolve nothing. */
  readonly byHash: ReadonlyMap<string, SourceResolution>;
  readonly versionsToAdd: readonly ExchangeSourceVersion[];
  /** True when the annotation is an orphan made on an earlier version its article keeps (here or after this import). */
  readonly staysOnVersion: (annotation: Annotation, targetId: string) => boolean;
}

export function mergeVersions(
  local: Pick<LibrarySnapshot, 'sources' | 'sourceVersions'>,
  incoming: Pick<ExchangeContent, 'sources' | 'sourceVersions'>,
  sourcesByHash: ReadonlyMap<string, SourceResolution>,
  keepWithoutText: boolean,
): VersionMerge {
  const kept = new Set((local.sourceVersions ?? []).map((v) => `${v.sourceId}\n${v.textHash}`));
  const byHash = new Map<string, SourceResolution>();
  const localById = new Map(local.sources.map((s) => [s.id, s] as const));
  for (const version of local.sourceVersions ?? []) {
    const source = localById.get(version.sourceId);
    if (source && !sourcesByHash.has(version.textHash)) byHash.set(version.textHash, { kind: 'placed', target: source, title: source.title });
  }
  const incomingById = new Map(incoming.sources.map((s) => [s.id, s] as const));
  const versionsToAdd: ExchangeSourceVersion[] = [];
  for (const version of incoming.sourceVersions ?? []) {
    const fileSource = incomingById.get(version.sourceId);
    const resolution = fileSource ? sourcesByHash.get(fileSource.textHash) : undefined;
    if (resolution?.kind !== 'placed') continue;
    const target = resolution.target;
    if (!sourcesByHash.has(version.textHash) && !byHash.has(version.textHash)) byHash.set(version.textHash, resolution);
    const key = `${target.id}\n${version.textHash}`;
    if (version.textHash === target.textHash || kept.has(key) || (!hasText(version) && !keepWithoutText)) continue;
    kept.add(key);
    versionsToAdd.push({ ...version, sourceId: target.id });
  }
  return {
    byHash,
    versionsToAdd,
    staysOnVersion: (annotation, targetId) => annotation.anchor.state === 'orphan' && kept.has(`${targetId}\n${annotation.sourceHash}`),
  };
}
