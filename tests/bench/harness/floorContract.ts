// What the benchmark passes to the import-floor page and gets back.

export interface FloorInput {
  /** The shared file's text, decoded in the page into the records an import stores. */
  readonly text: string;
  readonly fileName: string;
  readonly runs: number;
}

export interface FloorResult {
  /** Milliseconds of each bulkPut transaction, one per run, each into a fresh database. */
  readonly runs: readonly number[];
  /** The same writes through IndexedDB directly, without Dexie: how much of the floor is Dexie's. */
  readonly rawRuns: readonly number[];
  readonly sources: number;
  readonly annotations: number;
}

declare global {
  interface Window {
    floorBench: { run: (input: FloorInput) => Promise<FloorResult> };
  }
}
