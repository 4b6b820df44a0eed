// How actor names compare: one key per name (case and spacing do not make another actor), and a
// folded Latin form for spotting the same name in another spelling or script.
import anyAscii from 'any-ascii';

/** The key two names share when they name one actor as typed: NFC, trimmed, single spaces, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
}

/**
 * The name in plain lower-case Latin letters and digits: "İlham Əliyev" → "ilham eliyev",
 * "Пезешкиан" → "pezeshkian". any-ascii transliterates every script the coverage uses.
 */
export function foldedName(name: string): string {
  return anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
