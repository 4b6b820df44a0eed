// Secrets at rest (a team token): sealed with the operating system's keychain through Electron's
// safeStorage where it can encrypt, kept as typed where it cannot. The cipher comes in as a
// dependency, so this runs and tests without Electron (electron/hostIpc.ts hands in safeStorage).
import type { SealedSecret } from '../shared/bridge/hostBridge';

/** The part of Electron's `safeStorage` used here. */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Uint8Array;
  decryptString(encrypted: Uint8Array): string;
}

export function sealSecret(cipher: SecretCipher, text: string): SealedSecret {
  if (!cipher.isEncryptionAvailable()) return { scheme: 'plain', text };
  return { scheme: 'os-keychain', data: Buffer.from(cipher.encryptString(text)).toString('base64') };
}

export function openSecret(cipher: SecretCipher, sealed: SealedSecret): string {
  if (sealed.scheme === 'plain') return sealed.text;
  if (!cipher.isEncryptionAvailable()) throw new Error('The system keychain is not available, so the stored token cannot be read: enter it again.');
  try {
    return cipher.decryptString(Buffer.from(sealed.data, 'base64'));
  } catch (error) {
    // Another user's or machine's keychain sealed it (a copied profile): the analyst enters it again.
    throw new Error('The stored token cannot be decrypted on this machine: enter it again.', { cause: error });
  }
}
