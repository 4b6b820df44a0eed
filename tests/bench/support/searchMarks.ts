// How the search bench sees the app's answers: it watches the app's performance marks as they are
// made (`watchMarks`) and times a query's answer, or a tag's, from the key to the frame that shows
// it. These run in the page (page.evaluate), so each is whole in itself.

declare global {
  interface Window {
    /** Installed by `watchMarks`: waits for the app's answer shown after the next key. */
    __benchOnShown?: ShownWatch;
  }
}

/**
 * Calls `then` inside the app's first `dw:search-shown` mark, made after the next `trigger` event,
 * whose detail passes `test`, with the event's time stamp; `fail` after `timeoutMs`.
 */
type ShownWatch = (watch: {
  readonly trigger: 'input' | 'keydown';
  readonly test: (detail: { readonly query?: string; readonly total?: number } | undefined) => boolean;
  readonly then: (entry: PerformanceMark, started: number) => void;
  readonly fail: (error: Error) => void;
  readonly timeoutMs: number;
  readonly missing: string;
}) => void;

/**
 * Lets the arming functions below watch the app's answers as they are marked: the watch is called
 * inside `performance.mark`. The app marks an answer in the commit that shows it (a layout
 * effect), so a frame callback asked for there belongs to the frame that paints it, and a task
 * queued from that callback runs once the frame is painted. These figures first polled for the
 * mark with a frame callback in every frame, which kept the page drawing frames at every vsync:
 * the app's own frame then waited for the next one, where a page with nothing animating (the
 * analyst's window while a query runs) is drawn as soon as it changes (docs/search.md, issue 15u).
 */
export function watchMarks(): void {
  if (window.__benchOnShown) return;
  const watchers = new Set<(entry: PerformanceMark) => boolean>();
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions): PerformanceMark => {
    const entry = mark(name, options);
    for (const watcher of watchers) if (watcher(entry)) watchers.delete(watcher);
    return entry;
  };
  window.__benchOnShown = ({ trigger, test, then, fail, timeoutMs, missing }) => {
    let started = Number.NaN;
    window.addEventListener(trigger, (event) => (started = event.timeStamp), { capture: true, once: true });
    const watcher = (entry: PerformanceMark): boolean => {
      if (entry.name !== 'dw:search-shown' || !(entry.startTime >= started) || !test(entry.detail)) return false;
      clearTimeout(timer);
      then(entry, started);
      return true;
    };
    const timer = setTimeout(() => {
      watchers.delete(watcher);
      fail(new Error(missing));
    }, timeoutMs);
    watchers.add(watcher);
  };
}

export interface QuerySample {
  /** From the input event to the frame that shows the answer painted. */
  readonly ms: number;
  /** The same, to the end of the frame after it. */
  readonly nextFrameMs: number;
  /** The engine's time and the whole answer's in the worker (the slower shard's). */
  readonly engineMs: number;
  readonly workerMs: number;
  /** From the input event to the answer back in the window, and to its commit. */
  readonly answeredMs: number;
  readonly shownMs: number;
}

/** From the next input event to the paint of the frame that first shows the answer for `query` (see `watchMarks`). */
export function armQueryPaint({ query, timeoutMs }: { query: string; timeoutMs: number }): void {
  window.__benchWait = new Promise<QuerySample>((resolve, reject) => {
    const onShown = window.__benchOnShown;
    if (!onShown) throw new Error('the page does not watch its marks (watchMarks)');
    onShown({
      trigger: 'input',
      test: (detail) => detail?.query === query,
      then: (entry, started) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const ms = performance.now() - started;
            requestAnimationFrame(() =>
              setTimeout(() => {
                const answered = performance.getEntriesByName('dw:search-answered').filter((m) => (m as PerformanceMark).detail?.query === query).at(-1) as PerformanceMark | undefined;
                resolve({ ms, nextFrameMs: performance.now() - started, engineMs: answered?.detail?.engineMs ?? Number.NaN, workerMs: answered?.detail?.totalMs ?? Number.NaN, answeredMs: (answered?.startTime ?? Number.NaN) - started, shownMs: entry.startTime - started });
              }, 0),
            );
          }, 0),
        ),
      fail: reject,
      timeoutMs,
      missing: `no answer shown for ${query}`,
    });
  });
}

export interface UpdateStages {
  readonly ms: number;
  /** Milliseconds from the key to each stage: written (transaction committed), in the worker, indexed, answered, shown (committed). */
  readonly stages: Readonly<Record<string, number>>;
}

/** From the tag key to the frame that shows (begins to draw) an answer for the open query with one more hit than before, with the stages between (see `watchMarks`). */
export function armTagFindable({ query, before, timeoutMs }: { query: string; before: number; timeoutMs: number }): void {
  window.__benchWait = new Promise<UpdateStages>((resolve, reject) => {
    const onShown = window.__benchOnShown;
    if (!onShown) throw new Error('the page does not watch its marks (watchMarks)');
    onShown({
      trigger: 'keydown',
      test: (detail) => detail?.query === query && (detail.total ?? 0) > before,
      then: (found, started) =>
        requestAnimationFrame(() => {
          const ms = performance.now() - started;
          const after = (name: string): number => (performance.getEntriesByName(name).find((m) => m.startTime >= started)?.startTime ?? Number.NaN) - started;
          const updated = performance.getEntriesByName('dw:search-index-updated').find((m) => m.startTime >= started) as PerformanceMark | undefined;
          const answered = performance.getEntriesByName('dw:search-answered').find((m) => m.startTime >= started && (m as PerformanceMark).detail?.query === query);
          resolve({
            ms,
            stages: {
              written: after('dw:search-written'),
              inWorker: (updated?.detail?.receivedAt ?? Number.NaN) - started,
              indexed: (updated?.detail?.indexedAt ?? Number.NaN) - started,
              answered: (answered?.startTime ?? Number.NaN) - started,
              shown: found.startTime - started,
            },
          });
        }),
      fail: reject,
      timeoutMs,
      missing: 'the new annotation was never found',
    });
  });
}
