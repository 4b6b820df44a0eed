// Tells the editor's own saves apart from changes made elsewhere. A saved value comes back from the
// database later, possibly after newer typing and with some values skipped (a live query reports
// only the latest); showing such an echo would put old text back over new.

export class SentValues {
  private readonly sent: string[] = [];

  /** Records a value the editor has just handed to be saved. */
  record(json: string): void {
    this.sent.push(json);
  }

  /**
   * True when `json` is the echo of a value this editor saved. Reaching it also retires every
   * value saved before it: those will not come back, so the same text later (an undo) is news.
   * A value from elsewhere retires them all: the stored value has moved on from this editor's.
   */
  isEcho(json: string): boolean {
    const index = this.sent.lastIndexOf(json);
    this.sent.splice(0, index === -1 ? this.sent.length : index + 1);
    return index !== -1;
  }
}
