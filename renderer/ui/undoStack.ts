// Undo and redo of the analyst's changes to stored data. Each entry knows how to reverse
// itself and how to do itself again; the stack never touches the database directly.

export interface UndoableChange {
  readonly label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const MAX_ENTRIES = 200;

export class UndoStack {
  private readonly done: UndoableChange[] = [];
  private readonly undone: UndoableChange[] = [];
  /** Undo and redo run one after another, so quick repeated keys are never dropped. */
  private queue: Promise<unknown> = Promise.resolve();

  push(change: UndoableChange): void {
    this.done.push(change);
    if (this.done.length > MAX_ENTRIES) this.done.shift();
    this.undone.length = 0;
  }

  get nextUndo(): UndoableChange | undefined {
    return this.done.at(-1);
  }

  /** Undoes the latest change; resolves with it, or undefined when there is nothing to undo. */
  async undo(): Promise<UndoableChange | undefined> {
    return this.move(this.done, this.undone, (change) => change.undo());
  }

  async redo(): Promise<UndoableChange | undefined> {
    return this.move(this.undone, this.done, (change) => change.redo());
  }

  private move(
    from: UndoableChange[],
    to: UndoableChange[],
    apply: (change: UndoableChange) => Promise<void>,
  ): Promise<UndoableChange | undefined> {
    const step = this.queue.then(async () => {
      const change = from.pop();
      if (!change) return undefined;
      try {
        await apply(change);
        to.push(change);
        return change;
      } catch (error) {
        from.push(change);
        throw error;
      }
    });
    this.queue = step.catch(() => undefined);
    return step;
  }

}

export const undoStack = new UndoStack();
