// The timeline's events packed into columns for the window: start, end and a shape/kind code per
// event, by lane and start, plus "glyphs" (the distinct boxes a lane draws: events of one row,
// kind, shape and span drawn once) and a time order for the list. Typed arrays cross from the
// views worker without copying; a zoom step finds its visible slice by binary search.
import type { AnnotationKind } from '../model';
import type { TimelineEvent } from './timelineEvents';

export const KIND_CODES: readonly AnnotationKind[] = ['claim', 'denial', 'action'];
/** Bits of a code above the kind index (0–2). */
export const POINT_BIT = 4;
export const FUZZY_BIT = 8;
/** Rows an event can sit in inside its lane: its index in the lane, modulo this. */
export const ROWS_PER_LANE = 3;

export interface PackedColumns {
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Kind index | POINT_BIT | FUZZY_BIT. */
  readonly code: Uint8Array;
  /** Row inside the lane (0 … ROWS_PER_LANE − 1). */
  readonly row: Uint8Array;
}

export interface PackedLane {
  /** The lane's key: a kind, or an actor's name. */
  readonly name: string;
  /** Where the lane's events (and glyphs) begin and how many there are, in the columns. */
  readonly offset: number;
  readonly count: number;
  readonly glyphOffset: number;
  readonly glyphCount: number;
  /** The longest span in the lane, so a window search can start early enough. */
  readonly longest: number;
}

export interface PackedTimeline {
  /** Annotation ids, in column order (lane, then start, then end). */
  readonly ids: readonly string[];
  readonly events: PackedColumns;
  readonly glyphs: PackedColumns;
  readonly lanes: readonly PackedLane[];
  /** Column indexes in time order (start, then end), for the list. */
  readonly byStart: Uint32Array;
  /** The longest span of all, for searching `byStart`. */
  readonly longest: number;
  /** Article publication days (UTC ms), sorted. */
  readonly publications: Float64Array;
}

const DAY = 86_400_000;

export function codeOf(event: TimelineEvent): number {
  return KIND_CODES.indexOf(event.annotation.kind) | (event.span.shape === 'point' ? POINT_BIT : 0) | (event.span.fuzzy ? FUZZY_BIT : 0);
}

/** Packs events (sorted by start, as `timelineEvents` gives them) into `lanes`' order. */
export function packTimeline(events: readonly TimelineEvent[], laneOrder: readonly string[], publicationStarts: readonly number[]): PackedTimeline {
  const byLane = new Map<string, TimelineEvent[]>(laneOrder.map((name) => [name, []]));
  for (const event of events) byLane.get(event.lane)?.push(event);
  const total = [...byLane.values()].reduce((sum, list) => sum + list.length, 0);
  const ids: string[] = [];
  const columns = { start: new Float64Array(total), end: new Float64Array(total), code: new Uint8Array(total), row: new Uint8Array(total) };
  const glyphs = { start: [] as number[], end: [] as number[], code: [] as number[], row: [] as number[] };
  const lanes: PackedLane[] = [];
  let longestOfAll = DAY;
  for (const name of laneOrder) {
    const list = byLane.get(name) ?? [];
    const offset = ids.length;
    const glyphOffset = glyphs.start.length;
    // Same row, code and span draw the very same box: keep one (a year of day events repeats each day).
    const seen = new Set<string>();
    let longest = DAY;
    list.forEach((event, i) => {
      const at = offset + i;
      const code = codeOf(event);
      const row = i % ROWS_PER_LANE;
      ids.push(event.id);
      columns.start[at] = event.span.start;
      columns.end[at] = event.span.end;
      columns.code[at] = code;
      columns.row[at] = row;
      longest = Math.max(longest, event.span.end - event.span.start);
      const key = `${row}:${code}:${event.span.start}:${event.span.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      glyphs.start.push(event.span.start);
      glyphs.end.push(event.span.end);
      glyphs.code.push(code);
      glyphs.row.push(row);
    });
    longestOfAll = Math.max(longestOfAll, longest);
    lanes.push({ name, offset, count: list.length, glyphOffset, glyphCount: glyphs.start.length - glyphOffset, longest });
  }
  const byStart = Uint32Array.from({ length: total }, (_, i) => i).sort((a, b) => (columns.start[a] ?? 0) - (columns.start[b] ?? 0) || (columns.end[a] ?? 0) - (columns.end[b] ?? 0));
  return {
    ids,
    events: columns,
    glyphs: { start: Float64Array.from(glyphs.start), end: Float64Array.from(glyphs.end), code: Uint8Array.from(glyphs.code), row: Uint8Array.from(glyphs.row) },
    lanes,
    byStart,
    longest: longestOfAll,
    publications: Float64Array.from([...publicationStarts].sort((a, b) => a - b)),
  };
}

/** First index in [from, to) of `starts` (sorted) whose value is not below `value`. */
export function lowerBound(starts: ArrayLike<number>, value: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Calls `visit` with each column index of `lane` whose span meets [from, to]. */
export function eventsInWindow(packed: PackedTimeline, lane: PackedLane, from: number, to: number, visit: (index: number) => void): void {
  const { start, end } = packed.events;
  const last = lane.offset + lane.count;
  for (let i = lowerBound(start, from - lane.longest, lane.offset, last); i < last; i += 1) {
    if ((start[i] ?? 0) > to) break;
    if ((end[i] ?? 0) >= from) visit(i);
  }
}

/** The column indexes of events meeting [from, to], in time order: the first `limit`, and how many in all. */
export function windowInTimeOrder(packed: PackedTimeline, from: number, to: number, limit: number): { readonly indexes: readonly number[]; readonly count: number } {
  const { start, end } = packed.events;
  const order = packed.byStart;
  const indexes: number[] = [];
  let count = 0;
  // byStart is sorted by start: find where starts reach `from - longest` by binary search over it.
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((start[order[mid] ?? 0] ?? 0) < from - packed.longest) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < order.length; k += 1) {
    const i = order[k] ?? 0;
    if ((start[i] ?? 0) > to) break;
    // The window is half-open at its end, as the list always showed it.
    if ((end[i] ?? 0) <= from || (start[i] ?? 0) >= to) continue;
    count += 1;
    if (indexes.length < limit) indexes.push(i);
  }
  return { indexes, count };
}

/** The time range to show at zoom 1: the events and publications, with a small margin. */
export function timelineExtent(packed: PackedTimeline): readonly [number, number] {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  const first = packed.byStart[0];
  if (first !== undefined) from = packed.events.start[first] ?? from;
  for (const end of packed.events.end) if (end > to) to = end;
  const firstPublication = packed.publications[0];
  const lastPublication = packed.publications.at(-1);
  if (firstPublication !== undefined) from = Math.min(from, firstPublication);
  if (lastPublication !== undefined) to = Math.max(to, lastPublication + DAY);
  if (!Number.isFinite(from)) return [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)];
  to = Math.max(to, from + DAY);
  const margin = (to - from) * 0.02;
  return [from - margin, to + margin];
}
