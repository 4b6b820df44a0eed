// The views' first answers, for a view asked before the views worker has read the whole library:
// from the snapshot file kept between sessions (viewsSnapshot.ts), else read through the indexes.
// Kept until the next change, so a view opened again while the library is being read does not
// wait behind that read; the tabs' answers are written back to the file once writes pause.
import type { WorkbenchDatabase } from '../db/database';
import { firstAnswer } from './viewAnswers';
import { viewQueryKey, type ViewAnswer, type ViewQuery } from './viewsMessages';
import { readViewsSnapshot, removeViewsSnapshot, writeViewsSnapshot } from './viewsSnapshot';

/** How long writes must pause before the file is written (an import writes in many steps). */
const KEEP_AFTER_MS = 300;

export class FirstAnswers {
  private readonly answers = new Map<string, Promise<ViewAnswer>>();
  /** Counts changes: an answer or a file write begun before a change is out of date. */
  private generation = 0;
  private snapshotRead: Promise<void> = Promise.resolve();
  private fileWork: Promise<void> = Promise.resolve();
  private keepTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly database: WorkbenchDatabase,
    /** The queries answered ahead and kept in the file: the tabs' first questions. */
    private readonly ahead: readonly ViewQuery[],
  ) {}

  /** Takes in the file's answers, then reads through the indexes those it lacked (and keeps them). */
  prepare(): void {
    const at = this.generation;
    this.snapshotRead = readViewsSnapshot(this.database.name).then((kept) => {
      if (this.generation !== at) return;
      for (const [key, answer] of kept) if (!this.answers.has(key)) this.answers.set(key, Promise.resolve(answer));
    });
    void this.snapshotRead
      .then(async () => {
        const missing = this.ahead.filter((query) => !this.answers.has(viewQueryKey(query)));
        if (missing.length === 0 || this.generation !== at) return;
        const answers = await Promise.all(missing.map((query) => this.answerTo(query)));
        this.keepSoon(() => new Map(missing.map((query, i) => [viewQueryKey(query), answers[i] as ViewAnswer])));
      })
      .catch(() => undefined);
  }

  /** The first answer to `query`: kept, from the file, or read now. */
  async answerTo(query: ViewQuery): Promise<ViewAnswer> {
    await this.snapshotRead;
    const key = viewQueryKey(query);
    let answer = this.answers.get(key);
    if (!answer) {
      answer = firstAnswer(this.database, query);
      this.answers.set(key, answer);
      answer.catch(() => this.answers.delete(key));
    }
    return answer;
  }

  /** A change to the views' tables: every answer kept is out of date, and so is the file. */
  changed(): void {
    this.generation += 1;
    this.answers.clear();
    if (this.keepTimer !== null) clearTimeout(this.keepTimer);
    this.keepTimer = null;
    this.fileWork = this.fileWork.then(removeViewsSnapshot).catch(() => undefined);
  }

  /** Writes `answers()` (the tabs' answers) to the file once writes have paused, unless a change comes first. */
  keepSoon(answers: () => ReadonlyMap<string, ViewAnswer>): void {
    const at = this.generation;
    if (this.keepTimer !== null) clearTimeout(this.keepTimer);
    this.keepTimer = setTimeout(() => {
      this.keepTimer = null;
      if (this.generation !== at) return;
      const value = answers();
      this.fileWork = this.fileWork.then(() => (this.generation === at ? writeViewsSnapshot(this.database.name, value) : undefined)).catch(() => undefined);
    }, KEEP_AFTER_MS);
  }

  get aheadQueries(): readonly ViewQuery[] {
    return this.ahead;
  }
}
