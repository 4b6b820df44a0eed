// Identifiers for stored records: random UUIDs from the platform's crypto, available in browsers and Node 20.
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
