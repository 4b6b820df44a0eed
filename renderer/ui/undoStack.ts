// Undo and redo of the analyst's changes to stored data. Each entry knows how to reverse
// itself and how to do itself again; the stack never touches the database directly.

export interface UndoableChange {
  readonly label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** A change to carry out and record: the shell runs `run`, then keeps it for undo and redo. */
export interface PlannedChange {
  readonly label: string;
  readonly run: () => Promise<void>;
  readonly undo: () => Promise<void>;
  /** Defaults to `run`. */
  readonly redo?: () => Promise<void>;
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

  /** Whether `change` is done and still on the stack (so it can be undone). */
  isDone(change: UndoableChange): boolean {
    return this.done.includes(change);
  }

  /**
   * Undoes `change` out of order (an import report's own Undo after later changes) and takes it
   * off the stack, so Ctrl+Z never tries to undo it a second time.
   */
  async withdraw(change: UndoableChange): Promise<void> {
    const step = this.queue.then(async () => {
      const index = this.done.indexOf(change);
      if (index < 0) throw new Error(`“${change.label}” is no longer on the undo stack.`);
      await change.undo();
      this.done.splice(index, 1);
    });
    this.queue = step.catch(() => undefined);
    return step;
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
