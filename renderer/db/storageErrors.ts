// Turns storage failures into messages an analyst can act on.

export class StorageFullError extends Error {
  constructor() {
    super(
      'Storage is full: the browser refused to store more (quota exceeded). Nothing was changed. ' +
        'Free space by deleting articles you no longer need, then try again.',
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

/** Runs a write; a quota failure becomes a StorageFullError (the transaction has rolled back). */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}
