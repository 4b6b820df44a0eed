// The issue's targets, one per figure, so the table says which are met.
import type { BenchFigure, BenchUnit } from './support/results';

export interface Target {
  readonly name: string;
  readonly unit: BenchUnit;
  readonly label: string;
  /** Strictly below this value. */
  readonly below?: number;
  /** At most `factor` times another figure. */
  readonly relativeTo?: { readonly name: string; readonly factor: number };
}

export const TARGETS: readonly Target[] = [
  { name: 'open_big_article_ms', unit: 'ms', label: 'open 300,000 chars + 2,000 highlights, in-view painted', below: 1000, relativeTo: { name: 'peer_open_big_article_ms', factor: 1 } },
  { name: 'peer_open_big_article_ms', unit: 'ms', label: 'same in @recogito/text-annotator (faster renderer)' },
  { name: 'open_vs_peer_ratio', unit: 'ratio', label: 'ours over the peer', relativeTo: { name: '', factor: 1 } },
  { name: 'tag_latency_p50_ms', unit: 'ms', label: 'tag a selection: key to highlight painted, p50' },
  { name: 'tag_latency_p95_ms', unit: 'ms', label: 'tag a selection: key to highlight painted, p95', below: 50 },
  { name: 'long_frames_pct', unit: '%', label: 'scroll top to bottom: frames over 16.7 ms', below: 5 },
  { name: 'note_typing_p95_ms', unit: 'ms', label: 'type in a note, 2,000 loaded: key to paint, p95', below: 16 },
  { name: 'anchor_unchanged_ms', unit: 'ms', label: 'anchor 1,000 annotations, unchanged text', below: 100 },
  { name: 'anchor_edited_ms', unit: 'ms', label: 'anchor 1,000 annotations, 10% of sentences edited', below: 1000 },
  { name: 'import_ms', unit: 'ms', label: 'import shared file: 500 sources, 20,000 annotations', below: 3000, relativeTo: { name: 'import_floor_ms', factor: 2 } },
  { name: 'import_floor_ms', unit: 'ms', label: 'bare Dexie bulkPut of the same records' },
  { name: 'import_long_frames_pct', unit: '%', label: 'import the 39 MB shared file: frames over 50 ms', below: 5 },
  { name: 'hostile_validate_ms', unit: 'ms', label: 'dossier validate: 1,000,000 empty annotations (3 MB)', below: 2000 },
  { name: 'markdown_1mb_line_ms', unit: 'ms', label: 'convert one 1 MB line of Markdown ("*a " repeated)', below: 1000 },
  { name: 'pdf_300_ms', unit: 'ms', label: 'export a 300-passage dossier to PDF', below: 10000 },
  { name: 'heap_mb', unit: 'MB', label: 'JS heap after opening the big article', below: 150 },
  { name: 'search_index_build_ms', unit: 'ms', label: 'search index of 2,000 articles + 50,000 annotations, built in the worker', below: 20000 },
  { name: 'search_build_long_frames_pct', unit: '%', label: 'while the search index builds: window frames over 50 ms', below: 5 },
  { name: 'search_query_p95_ms', unit: 'ms', label: 'search, 200 mixed queries: keystroke to results painted, p95', below: 50 },
  { name: 'search_engine_p95_ms', unit: 'ms', label: 'the same queries, the engine alone (floor; the slower shard), p95' },
  { name: 'search_query_over_engine_ms', unit: 'ms', label: 'search p95 over the engine p95', below: 16 },
  { name: 'search_update_ms', unit: 'ms', label: 'tag a passage: key to an open search finding it', below: 100 },
  { name: 'search_heap_mb', unit: 'MB', label: 'JS heap with the search index loaded (window + both search workers)', below: 250 },
  { name: 'find_in_article_ms', unit: 'ms', label: 'find a common word in the big article: key to every hit in view painted', below: 100 },
  { name: 'actors_view_ms', unit: 'ms', label: 'Actors tab, 50,000 annotations: click to grid painted', below: 300 },
  { name: 'alias_merge_ms', unit: 'ms', label: 'merge two actors of 5,000+ annotations each: click to grid painted', below: 500 },
  { name: 'claims_view_ms', unit: 'ms', label: 'Claims tab, 50,000 annotations: click to table painted (first 100 claims)', below: 300 },
  { name: 'claims_view_whole_ms', unit: 'ms', label: 'same, to every claim read with statuses and counts' },
  { name: 'timeline_view_ms', unit: 'ms', label: 'Timeline tab, 50,000 annotations: click to figure painted (first 3,000)', below: 300 },
  { name: 'timeline_view_whole_ms', unit: 'ms', label: 'same, to every dated event drawn' },
  { name: 'timeline_zoom_p95_ms', unit: 'ms', label: 'timeline wheel step to painted, p95', below: 16 },
  { name: 'pdf_import_300p_ms', unit: 'ms', label: 'import a 300-page text PDF: file chosen to article shown', below: 10000 },
  { name: 'pdf_page_view_ms', unit: 'ms', label: 'Page view: page drawn with the passage highlighted', below: 500 },
  { name: 'new_version_reanchor_ms', unit: 'ms', label: 'new version of the big article, 10% of sentences edited, 2,000 annotations: file chosen to report', below: 1000 },
  { name: 'sync_converge_ms', unit: 'ms', label: 'team sync: 2 replicas × 500 offline edits, reconnect to identical state (server on loopback)', below: 2000 },
  { name: 'sync_resolution_ms', unit: 'ms', label: 'team sync: a conflict resolved on one replica, until the other shows it', below: 1000 },
  { name: 'sync_10_clients_ms', unit: 'ms', label: 'team sync: 10 clients × 100 edits, first edit to identical state', below: 5000 },
];

export function describeTarget(target: Target): string {
  const parts: string[] = [];
  if (target.below !== undefined) parts.push(`< ${target.below.toLocaleString('en')} ${target.unit}`);
  if (target.relativeTo?.name) parts.push(`≤ ${target.relativeTo.factor === 1 ? '' : `${target.relativeTo.factor}× `}${target.relativeTo.name.replace(/_ms$/, '')}`);
  else if (target.relativeTo) parts.push(`≤ ${target.relativeTo.factor}`);
  return parts.join(', ');
}

export function meetsTarget(target: Target, value: number, results: Readonly<Record<string, Omit<BenchFigure, 'name'>>>): boolean {
  if (target.below !== undefined && !(value < target.below)) return false;
  if (target.relativeTo) {
    const other = target.relativeTo.name ? results[target.relativeTo.name]?.value : 1;
    if (other !== null && other !== undefined && value > target.relativeTo.factor * other) return false;
  }
  return true;
}
